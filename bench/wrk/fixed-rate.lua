-- A shape's load at a fixed, lower rate: each connection pauses WRK_DELAY_MS milliseconds between a
-- response and its next request, so with C connections the rate is about C * 1000 / (WRK_DELAY_MS + latency).
-- WRK_SHAPE_SCRIPT, when set, is the shape's own script (requests, ids, bodies), loaded as it is;
-- the arguments after "--" go to it unchanged.
local shape = os.getenv("WRK_SHAPE_SCRIPT")
if shape ~= nil and shape ~= "" then
  dofile(shape)
end

local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")

function delay()
  return pause
end
