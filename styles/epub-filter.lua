-- EPUB edition: shape pandoc's reading of the DocBook intermediate.
--
-- 1. DocBook `role` arrives as an HTML `role` attribute, which is not a valid ARIA
--    role: move it into the classes (spans, divs, headers) or drop it.
-- 2. `formalpara` (Div.formalpara [Div.title, Para]) becomes one paragraph whose
--    lead is a bold run-in: Para [Strong lead, rest...].
-- 3. The figures appendix heading gets epub:type="appendix" (backmatter).
-- 4. Front matter before the first heading gets its own unlisted heading (the
--    document title), so pandoc does not invent a TOC entry for it.
-- 5. A generated "list of figures and tables" section (class "generated",
--    id "lof") is put first, i.e. right after the navigation document.
--    Its heading comes from the metadata field `lof-title`.
-- 6. A list whose items carry their own markers (DocBook itemizedlist mark="none", read as a
--    BulletList) goes into a Div.items: epub.css draws no bullet and hangs the items' lines.

-- the reader may give an element its parent's role too, so remove every copy
local function role_to_class(el)
  local role = el.attributes.role
  while role do
    el.attributes.role = nil
    for word in role:gmatch("%S+") do
      if not el.classes:includes(word) then el.classes:insert(word) end
    end
    role = el.attributes.role
  end
  return el
end

local western = false

local function formalpara(div)
  if not div.classes:includes("formalpara") then return role_to_class(div) end
  local lead, rest = nil, pandoc.Blocks({})
  for _, b in ipairs(div.content) do
    if lead == nil and b.t == "Div" and b.classes:includes("title") then
      lead = pandoc.utils.blocks_to_inlines(b.content)
    else
      rest:insert(b)
    end
  end
  if lead == nil then return div end
  local first = rest[1]
  local inlines = pandoc.Inlines({pandoc.Strong(lead)})
  if first and (first.t == "Para" or first.t == "Plain") then
    if western then inlines:insert(pandoc.Space()) end
    inlines:extend(first.content)
    rest[1] = pandoc.Para(inlines)
  else
    rest:insert(1, pandoc.Para(inlines))
  end
  div.content = rest
  return div
end

local function header(h)
  role_to_class(h)
  if h.classes:includes("figures-appendix") then
    h.attributes["epub:type"] = "appendix"
  end
  return h
end

-- the body's lists are DocBook itemizedlist mark="none": the marker is the item's own text
local function items(list)
  return pandoc.Div({list}, pandoc.Attr("", {"items"}))
end

local function caption_inlines(caption)
  if caption and caption.long and #caption.long > 0 then
    return pandoc.utils.blocks_to_inlines(caption.long)
  end
  return pandoc.Inlines({})
end

function Pandoc(doc)
  local lang = pandoc.utils.stringify(doc.meta.lang or "")
  western = not (lang:match("^zh") or lang:match("^ja") or lang:match("^ko"))

  doc = doc:walk({
    Span = role_to_class,
    Div = formalpara,
    Header = header,
    Table = role_to_class,
    Figure = role_to_class,
    Image = role_to_class,
    Link = role_to_class,
    BulletList = items,
  })

  -- tables and figures, in document order, for the list
  local items = pandoc.List({})
  doc:walk({
    Table = function(t)
      if t.identifier ~= "" then items:insert({t.identifier, caption_inlines(t.caption)}) end
    end,
    Figure = function(f)
      if f.identifier ~= "" then items:insert({f.identifier, caption_inlines(f.caption)}) end
    end,
  })

  local first_header = nil
  for i, b in ipairs(doc.blocks) do
    if b.t == "Header" then first_header = i; break end
  end
  local front = pandoc.Blocks({})
  local body = pandoc.Blocks({})
  for i, b in ipairs(doc.blocks) do
    if first_header == nil or i < first_header then front:insert(b) else body:insert(b) end
  end

  local out = pandoc.Blocks({})
  if #items > 0 and doc.meta["lof-title"] then
    local title = pandoc.utils.stringify(doc.meta["lof-title"])
    out:insert(pandoc.Header(1, pandoc.Inlines(title),
      pandoc.Attr("lof", {"unnumbered", "unlisted", "generated"}, {{"epub:type", "loi"}})))
    local entries = pandoc.List({})
    for _, it in ipairs(items) do
      entries:insert({pandoc.Plain({pandoc.Link(it[2], "#" .. it[1])})})
    end
    out:insert(pandoc.Div({pandoc.BulletList(entries)}, pandoc.Attr("", {"lof", "generated"})))
  end
  if #front > 0 then
    local title = doc.meta.title and pandoc.utils.stringify(doc.meta.title) or ""
    out:insert(pandoc.Header(1, pandoc.Inlines(title),
      pandoc.Attr("front", {"unnumbered", "unlisted", "front"}, {})))
    for _, b in ipairs(front) do
      -- a salutation such as 各位代表： stands flush left
      local text = b.t == "Para" and pandoc.utils.stringify(b) or ""
      if utf8.len(text) and utf8.len(text) <= 16 and (text:match("：$") or text:match(":$")) then
        out:insert(pandoc.Div({b}, pandoc.Attr("", {"salutation"})))
      else
        out:insert(b)
      end
    end
  end
  out:extend(body)
  doc.blocks = out
  return doc
end
