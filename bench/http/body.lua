-- wrk script: POST the GraphQL-over-HTTP JSON body in the environment variable BODY (bench/http/run-api-scale.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = os.getenv("BODY")
