-- wrk script: POST the GraphQL-over-HTTP JSON body in the environment variable BODY (bench/http/run-api-scale.sh,
-- run-time-limits.sh); ACCEPT overrides the Accept header (application/json).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = os.getenv("ACCEPT") or "application/json"
wrk.body = os.getenv("BODY")
