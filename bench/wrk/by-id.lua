-- GET /api/v1/events/{id}, rotating over the ids in the file named by the first script argument
-- (one id a line). Each thread starts at a different place in the list.
local ids = {}
local next_index = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  next_index = (thread_number * 7919) % #ids
end

function request()
  next_index = next_index % #ids + 1
  return wrk.format("GET", "/api/v1/events/" .. ids[next_index])
end
