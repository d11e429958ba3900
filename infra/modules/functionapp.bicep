// The function app running the isolated worker (functions/Ingest.Functions). flex: Flex Consumption (Linux),
// runtime 'dotnet-isolated' 10.0, deployed from infra/package.sh's zip (the worker's publish output), text and
// OCR by Document Intelligence. container: Elastic Premium running infra/Dockerfile's image, local OCR.
// The app settings below are the configuration contract with functions/Ingest.Functions/Hosting/IngestSettings.cs
// (a test checks both directions).
param name string
param planName string
param location string
param hosting string
param containerImage string
param identityId string
param identityClientId string
param storageAccountName string
param blobEndpoint string
param searchEndpoint string
param searchIndexName string
param docIntelEndpoint string
param insightsConnectionString string

var appSettings = [
  { name: 'INGEST_BLOB_ENDPOINT', value: blobEndpoint }
  { name: 'INGEST_SEARCH_ENDPOINT', value: searchEndpoint }
  { name: 'INGEST_SEARCH_INDEX', value: searchIndexName }
  { name: 'INGEST_EXTRACTOR', value: hosting == 'flex' ? 'document-intelligence' : 'local' }
  { name: 'INGEST_DOCINTEL_ENDPOINT', value: docIntelEndpoint }
  { name: 'INGEST_MAX_UPLOAD_MB', value: '50' }
  { name: 'AZURE_CLIENT_ID', value: identityClientId }
  { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insightsConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  kind: hosting == 'flex' ? 'functionapp' : 'elastic'
  sku: hosting == 'flex' ? { name: 'FC1', tier: 'FlexConsumption' } : { name: 'EP1', tier: 'ElasticPremium' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  kind: hosting == 'flex' ? 'functionapp,linux' : 'functionapp,linux,container'
  identity: { type: 'UserAssigned', userAssignedIdentities: { '${identityId}': {} } }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: hosting == 'flex' ? {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}deployments'
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: 40, instanceMemoryMB: 2048 }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    } : null
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      linuxFxVersion: hosting == 'container' ? 'DOCKER|${containerImage}' : null
      acrUseManagedIdentityCreds: hosting == 'container'
      acrUserManagedIdentityID: hosting == 'container' ? identityClientId : null
      appSettings: hosting == 'container' ? concat(appSettings, [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'dotnet-isolated' }
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'false' }
      ]) : appSettings
    }
  }
}

output name string = app.name
output hostName string = app.properties.defaultHostName
