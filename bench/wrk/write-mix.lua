-- The write mix: nine GETs by id for every PUT of a whole event with an editor key.
-- Arguments: the ids file (one id a line), the bodies file ("id<TAB>json" a line), the API key and
-- the number of threads. Each thread PUTs its own share of the bodies, so two PUTs of one event are
-- seldom in flight together (the loser of such a race gets a 412, as it should).
local ids, put_ids, bodies = {}, {}, {}
local get_index, put_index, count = 0, 0, 0
local key
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  key = args[3]
  local thread_count = tonumber(args[4])
  local line_number = 0
  for line in io.lines(args[2]) do
    line_number = line_number + 1
    if line_number % thread_count == thread_number % thread_count then
      local id, body = line:match("^(%d+)\t(.*)$")
      put_ids[#put_ids + 1] = id
      bodies[#bodies + 1] = body
    end
  end
  get_index = (thread_number * 7919) % #ids
end

function request()
  count = count + 1
  if count % 10 == 0 then
    put_index = put_index % #bodies + 1
    return wrk.format("PUT", "/api/v1/events/" .. put_ids[put_index],
      { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }, bodies[put_index])
  end
  get_index = get_index % #ids + 1
  return wrk.format("GET", "/api/v1/events/" .. ids[get_index])
end
