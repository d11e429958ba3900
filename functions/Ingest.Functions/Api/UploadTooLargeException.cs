namespace Ingest.Functions.Api;

/// <summary>An upload passed the size limit while it was being read.</summary>
internal sealed class UploadTooLargeException() : Exception("the upload passed the size limit");
