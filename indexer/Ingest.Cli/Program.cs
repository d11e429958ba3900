using Ingest.Cli;

return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error);
