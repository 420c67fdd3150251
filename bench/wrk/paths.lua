-- Shared by the wrk bench scripts that ask a list of paths in turn (loaded with dofile after summary.lua).
-- ask_in_turn(paths, headers, stride): every request asks the next path with the headers (nil for none); with a
-- stride, thread n starts at path n * stride, so that the threads do not ask the same path at the same time.
function ask_in_turn(paths, headers, stride)
  local next = 0
  if stride then
    local started = 0
    local summary_setup = setup
    setup = function(thread)
      started = started + 1
      thread:set("first", started * stride)
      summary_setup(thread)
    end
    init = function(args)
      next = (first or 0) % #paths
    end
  end
  request = function()
    next = next % #paths + 1
    return wrk.format("GET", paths[next], headers)
  end
end
