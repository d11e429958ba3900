// Azure AI Document Intelligence (v4.0 prebuilt-read reads Vietnamese print), for the Flex Consumption
// option where poppler and Tesseract cannot be installed.
param name string
param location string

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  kind: 'FormRecognizer'
  sku: { name: 'S0' }
  properties: { customSubDomainName: name, disableLocalAuth: true, publicNetworkAccess: 'Enabled' }
}

output endpoint string = account.properties.endpoint
