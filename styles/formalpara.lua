--[[ formalpara.lua — DocBook formalpara as one paragraph with a bold run-in lead.

pandoc reads <formalpara><title>Lead.</title><para>Text</para></formalpara> as
  Div(id, ["formalpara"]) [ Div(["title"]) [Plain lead], Para text ]
which DOCX and EPUB show as two paragraphs. This filter makes it
  Div(id, ["formalpara"]) [ Para [Strong lead, (Space,) text...] ]
keeping the Div, so the id (a DOCX bookmark, an EPUB anchor) still lands on the
paragraph. A space separates lead and text only when the lead ends in an ASCII
character (English "Lead. Text"); Chinese leads end in full-width punctuation
and run straight on ("主体地位更加凸显。区域…"). Format-neutral: used by the
DOCX and the EPUB renderers.
]]

local function needs_space(lead)
  local s = pandoc.utils.stringify(lead)
  local last = s:sub(-1)
  return last ~= "" and last:byte() < 128
end

function Div(div)
  if not div.classes:includes("formalpara") then
    return nil
  end
  local first = div.content[1]
  if not (first and first.t == "Div" and first.classes:includes("title")) then
    return nil
  end
  local lead = pandoc.utils.blocks_to_inlines(first.content)
  local inlines = pandoc.Inlines({ pandoc.Strong(lead) })
  local rest = {}
  local body = div.content[2]
  local start = 2
  if body and (body.t == "Para" or body.t == "Plain") then
    if needs_space(lead) then
      inlines:insert(pandoc.Space())
    end
    inlines:extend(body.content)
    start = 3
  end
  rest[1] = pandoc.Para(inlines)
  for i = start, #div.content do
    rest[#rest + 1] = div.content[i]
  end
  div.content = rest
  return div
end
