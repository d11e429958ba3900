using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Ingest.Functions.Tests;

/// <summary>
/// POST /api/plans with a multipart form, as a browser's file input and `curl -F file=@plan.pdf` send it: the file
/// field's bytes are stored as they came, under the field's file name; the size limit holds for a form as for a raw
/// body; a form with no file, or one that is not a form at all, is a 400, and nothing is stored.
/// </summary>
[Collection("functions")]
public sealed class MultipartUploadTests : IDisposable
{
    private readonly FunctionsApp _app = new();

    public void Dispose() => _app.Dispose();

    private static byte[] Sample() => File.ReadAllBytes(Path.Combine(FunctionsApp.Samples, "khanh-hoa-ban-dan-toc-2021.txt"));

    private static ByteArrayContent FilePart(byte[] bytes)
    {
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return part;
    }

    private byte[] Stored(HttpResponseMessage response)
    {
        var blob = JsonDocument.Parse(response.Content.ReadAsStringAsync().Result).RootElement.GetProperty("blob").GetString()!;
        return File.ReadAllBytes(_app.Blob("plans", blob));
    }

    [Fact]
    public async Task The_file_field_is_stored_byte_for_byte_under_its_file_name()
    {
        var bytes = Sample();
        using var form = new MultipartFormDataContent { { FilePart(bytes), "file", "Kế hoạch Khánh Hòa.txt" } };
        var response = await _app.Authorized().PostAsync("/api/plans", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.EndsWith("/" + Uri.EscapeDataString("Kế hoạch Khánh Hòa.txt"), response.Headers.Location!.OriginalString);
        Assert.Equal(bytes, Stored(response));
    }

    [Fact]
    public async Task The_field_named_file_is_taken_over_an_earlier_file_and_plain_fields()
    {
        var bytes = Sample();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("a note"), "note" },
            { FilePart(Encoding.UTF8.GetBytes("Số: 9/KH-UBND\nnot this one\n")), "attachment", "other.txt" },
            { FilePart(bytes), "file", "chosen.txt" },
        };
        var response = await _app.Authorized().PostAsync("/api/plans", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.EndsWith("/chosen.txt", response.Headers.Location!.OriginalString);
        Assert.Equal(bytes, Stored(response));
    }

    [Fact]
    public async Task A_form_whose_only_file_has_another_field_name_still_uploads_it()
    {
        var bytes = Sample();
        using var form = new MultipartFormDataContent { { FilePart(bytes), "upload", "plan.txt" } };
        var response = await _app.Authorized().PostAsync("/api/plans", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(bytes, Stored(response));
    }

    [Fact]
    public async Task An_empty_file_in_a_form_is_kept_and_reported_unreadable()
    {
        using var form = new MultipartFormDataContent { { FilePart([]), "file", "empty.txt" } };
        var response = await _app.Authorized().PostAsync("/api/plans", form);
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_form_over_the_limit_is_refused_with_413_and_nothing_is_stored(bool chunked)
    {
        var form = new MultipartFormDataContent { { FilePart(new byte[6 * 1024 * 1024]), "file", "big.txt" } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/plans") { Content = form };
        request.Headers.TransferEncodingChunked = chunked;
        var response = await _app.Authorized().SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(Directory.Exists(_app.Blob("plans", "uploads")), "nothing is stored");
    }

    [Fact]
    public async Task A_form_with_no_file_is_a_400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("just text"), "note" } };
        var response = await _app.Authorized().PostAsync("/api/plans", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_labelled_multipart_that_is_not_a_form_is_a_400_and_nothing_is_stored()
    {
        var body = new ByteArrayContent(Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\ncut short"));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        var response = await _app.Authorized().PostAsync("/api/plans", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(Directory.Exists(_app.Blob("plans", "uploads")), "nothing is stored");
    }
}
