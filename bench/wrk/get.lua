-- GET with the program's key: wrk ... -s get.lua URL -- KEY TAG
function init(args)
  wrk.headers["Authorization"] = "Bearer " .. args[1]
  wrk.headers["Accept"] = "application/json"
end
