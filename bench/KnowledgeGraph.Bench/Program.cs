using BenchmarkDotNet.Running;

// kg-bench: the knowledge graph's benchmarks, one class per area (Import/, ...). Pass BenchmarkDotNet arguments,
// such as --filter '*Import*'. The import benchmarks read ../shared/data (or the folder in KG_DATA).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
