# The knowledge-graph API (src/KnowledgeGraph.Api), built from this repository.
#   docker build -t knowledge-graph-api .                                   (GraphiQL bundled: node comes from the node image)
#   docker build --build-arg GRAPHIQL_BUNDLE=false -t knowledge-graph-api .  (no node needed; /graphql in a browser says GraphiQL is not bundled)
# Configure it with environment variables (README, "Configuration"); docker-compose.yml runs it on Neo4j.

FROM node:22-bookworm-slim AS node

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG GRAPHIQL_BUNDLE=true
# Node and npm for the GraphiQL bundle (esbuild, at build time only).
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm
WORKDIR /src
COPY . .
RUN dotnet publish src/KnowledgeGraph.Api -c Release -o /app -p:GraphiQLBundle=${GRAPHIQL_BUNDLE}

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The curated seed graph, loaded into an empty store on first start.
COPY graph-seed /app/graph-seed
ENV ASPNETCORE_URLS=http://+:8080 \
    Seed__Path=/app/graph-seed \
    Store__Path=/data/knowledge-graph.db
RUN mkdir -p /data && chown app /data
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "KnowledgeGraph.Api.dll"]
