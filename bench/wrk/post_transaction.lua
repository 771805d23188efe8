-- POST /v1/transactions, a sale for a seeded customer: wrk ... -- KEY CUSTOMER_KEY TAG
-- Keys vary per request (transaction keys need not be unique, but real ones mostly are).
local counter = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Bearer " .. args[1]
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
  customer = args[2]
  tag = args[3] or "x"
end
function request()
  counter = counter + 1
  local body = string.format(
    '{"key":"tx_%s_%d_%d","amount":99.99,"customer":{"key":"%s"}}', tag, tid, counter, customer)
  return wrk.format(nil, nil, nil, body)
end
