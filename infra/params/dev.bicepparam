using '../main.bicep'

param environmentName = 'dev'
param hosting = 'flex'
param searchSku = 'basic'
