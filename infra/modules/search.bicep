// Azure AI Search. The app creates or updates its index on start from the schema in code (one source of
// truth: indexer/Ingest.Indexer/Adapters/Azure/AzureSearchSchema.cs). Keys stay disabled: Entra only.
param name string
param location string
param sku string

resource search 'Microsoft.Search/searchServices@2023-11-01' = {
  name: name
  location: location
  sku: { name: sku }
  properties: { replicaCount: 1, partitionCount: 1, disableLocalAuth: true, publicNetworkAccess: 'enabled' }
}

output name string = search.name
output endpoint string = 'https://${search.name}.search.windows.net'
