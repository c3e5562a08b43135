using KnowledgeGraph.Seed;

// kg-seed: load, check and export the knowledge graph's store. See README.md.
return await SeedCli.RunAsync(args).ConfigureAwait(false);
