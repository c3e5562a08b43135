-- wrk script: POST the bench GraphQL request (bench/KnowledgeGraph.Bench.Http's BenchSchema.Query with $id = 7).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = '{"query":"query Person($id: Int!) { person(id: $id) { id name email friends { id name } } }","operationName":"Person","variables":{"id":7}}'
