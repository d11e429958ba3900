using '../main.bicep'

param environmentName = 'prod'
param hosting = 'container'
param containerImage = 'REGISTRY.azurecr.io/ingest-functions:1.0.0'
param searchSku = 'standard'
