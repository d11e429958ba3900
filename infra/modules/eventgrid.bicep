// BlobCreated events for plans/ go to the IngestPlan function, an Event Grid-sourced blob trigger: the
// Functions host takes them at its blob webhook, authenticated with the blobs_extension system key. Retried
// for a day, then dead-lettered to the deadletter container, where nothing is lost. That key exists only once
// the worker has been deployed and started, so main.bicep adds this module on a second deployment
// (subscribeEvents=true; docs/deploy.md).
param storageAccountName string
param location string
param functionAppName string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = { name: storageAccountName }
resource app 'Microsoft.Web/sites@2024-04-01' existing = { name: functionAppName }
// The host's system keys; blobs_extension authenticates deliveries to the blob webhook.
var hostKeys = listKeys('${app.id}/host/default', '2024-04-01')

resource topic 'Microsoft.EventGrid/systemTopics@2024-06-01-preview' = {
  name: '${storageAccountName}-events'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: { source: storage.id, topicType: 'Microsoft.Storage.StorageAccounts' }
}

resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, topic.id, 'deadletter')
  scope: storage
  properties: {
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  }
}

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2024-06-01-preview' = {
  parent: topic
  name: 'plans-to-ingestplan'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.IngestPlan&code=${hostKeys.systemKeys.blobs_extension}'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobCreated']
      subjectBeginsWith: '/blobServices/default/containers/plans/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: { maxDeliveryAttempts: 30, eventTimeToLiveInMinutes: 1440 }
    deadLetterWithResourceIdentity: {
      identity: { type: 'SystemAssigned' }
      deadLetterDestination: { endpointType: 'StorageBlob', properties: { resourceId: storage.id, blobContainerName: 'deadletter' } }
    }
  }
  dependsOn: [deadLetterWriter]
}
