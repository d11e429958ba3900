// Ingest on Azure: storage with Event Grid, the function app (isolated worker), Azure AI Search, optionally
// Document Intelligence, monitoring, and a user-assigned managed identity with the roles it needs.
// No account keys or admin keys in app settings: every service is reached with the identity.
targetScope = 'resourceGroup'

@description('Short environment name, part of every resource name (dev, prod).')
param environmentName string
param location string = resourceGroup().location
@description('flex: Flex Consumption, text and OCR by Document Intelligence. container: Elastic Premium with the Dockerfile image (poppler + Tesseract inside).')
@allowed(['flex', 'container'])
param hosting string = 'flex'
@description('Container image for hosting=container, e.g. myregistry.azurecr.io/ingest:1.0')
param containerImage string = ''
@allowed(['free', 'basic', 'standard', 'standard2', 'standard3'])
param searchSku string = 'basic'
param searchIndexName string = 'plans'
@description('Subscribe IngestPlan to BlobCreated events. Needs the deployed worker (its blobs_extension key): deploy once, deploy the package, then deploy again with true.')
param subscribeEvents bool = false

var suffix = uniqueString(resourceGroup().id, environmentName)
var names = {
  storage: take('stingest${environmentName}${suffix}', 24)
  identity: 'id-ingest-${environmentName}'
  search: 'srch-ingest-${environmentName}-${suffix}'
  docIntel: 'di-ingest-${environmentName}-${suffix}'
  workspace: 'log-ingest-${environmentName}'
  insights: 'appi-ingest-${environmentName}'
  plan: 'asp-ingest-${environmentName}'
  app: 'func-ingest-${environmentName}-${suffix}'
}

module identity 'modules/identity.bicep' = { name: 'identity', params: { name: names.identity, location: location } }
module storage 'modules/storage.bicep' = { name: 'storage', params: { name: names.storage, location: location } }
module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { workspaceName: names.workspace, insightsName: names.insights, location: location }
}
module search 'modules/search.bicep' = { name: 'search', params: { name: names.search, location: location, sku: searchSku } }
module docIntel 'modules/docintel.bicep' = if (hosting == 'flex') {
  name: 'docintel'
  params: { name: names.docIntel, location: location }
}
module app 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: names.app
    planName: names.plan
    location: location
    hosting: hosting
    containerImage: containerImage
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    searchEndpoint: search.outputs.endpoint
    searchIndexName: searchIndexName
    docIntelEndpoint: docIntel.?outputs.endpoint ?? ''
    insightsConnectionString: monitoring.outputs.connectionString
  }
}
module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    principalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    searchName: search.outputs.name
    docIntelName: hosting == 'flex' ? names.docIntel : ''
  }
}
module events 'modules/eventgrid.bicep' = if (subscribeEvents) {
  name: 'eventgrid'
  params: {
    storageAccountName: storage.outputs.name
    location: location
    functionAppName: app.outputs.name
  }
  dependsOn: [roles]
}

output appUrl string = 'https://${app.outputs.hostName}'
output searchEndpoint string = search.outputs.endpoint
output storageAccountName string = storage.outputs.name
