-- POST /v1/partners with a new e-mail each time: wrk ... -- KEY TAG
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
  tag = args[2] or "x"
end
function request()
  counter = counter + 1
  local body = string.format('{"email":"w_%s_%d_%d@example.com","name":"Bench"}', tag, tid, counter)
  return wrk.format(nil, nil, nil, body)
end
