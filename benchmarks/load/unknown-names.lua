-- wrk script: every request names content that does not exist, on a rotating set of the library's routes.
local routes = {
  "/copro/surveys/%s", "/copro/surveys/%s/results", "/copro/outcomes/%s", "/copro/principles/%s/page",
  "/copro/embed/survey/%s", "/copro/embed/principles/%s",
}
local counter = 0

setup = function(thread)
  thread:set("seed", math.random(1, 1000000))
end

init = function()
  math.randomseed(seed + os.time())
end

request = function()
  counter = counter + 1
  local name = string.format("n%08x%08x", math.random(0, 0x7fffffff), math.random(0, 0x7fffffff))
  return wrk.format("GET", string.format(routes[(counter % #routes) + 1], name))
end
