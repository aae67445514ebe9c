--[[ docx-blocks.lua — DOCX-only adjustments of the pandoc tree read from our DocBook.

* Group rows of the key-figures table (one cell spanning every column, the
  section name) get the "Table Group" paragraph style (bold sans), so they read
  as sub-headings of the table rather than as data.
* A change folded under its value (pipeline/render/fold_columns.py: a phrase
  with role "change", a Span of class "change" here) starts a line of its own.
* Images given as data: URIs (the renderer inlines the PNG, because --sandbox
  forbids pandoc to read files) are moved into the media bag under a short,
  stable name (<figure id>.png), so word/media and the picture's description
  carry a file name rather than the whole base64 text.
* A line of the closing signature block (DocBook para role="signature", read
  as a Div carrying the role) gets the "Signature" paragraph style: flush right,
  no first-line indent, kept with the next line (styles/reference-docx).
* A list whose items carry their own markers (DocBook itemizedlist mark="none",
  read as a BulletList) becomes its items' paragraphs in the "List Item" style
  (a hanging indent, styles/reference-docx): a Word list would add a bullet or
  a number before the marker the text already has.
]]

local function items(list)
  local out = pandoc.Blocks({})
  for _, item in ipairs(list.content) do
    local blocks = item:walk({ Plain = function(p) return pandoc.Para(p.content) end })
    out:insert(pandoc.Div(blocks, { ["custom-style"] = "List Item" }))
  end
  return out
end

local function group_style(cell, ncols)
  if cell.col_span == ncols then
    -- pandoc gives a Plain in a cell the "Compact" style; a Para takes the Div's style
    local blocks = cell.contents:walk({ Plain = function(p) return pandoc.Para(p.content) end })
    cell.contents = { pandoc.Div(blocks, { ["custom-style"] = "Table Group" }) }
  end
end

local function table_rows(tbl)
  local ncols = #tbl.colspecs
  for _, body in ipairs(tbl.bodies) do
    for _, row in ipairs(body.body) do
      if #row.cells == 1 and ncols > 1 then
        group_style(row.cells[1], ncols)
      end
    end
  end
  return tbl
end

local function extension(mime)
  return (mime == "image/jpeg" and ".jpg") or (mime == "image/svg+xml" and ".svg") or ".png"
end

local function to_mediabag(img, stem)
  if img.src:sub(1, 5) ~= "data:" then
    return img
  end
  local mime, contents = pandoc.mediabag.fetch(img.src)
  local name = stem .. extension(mime)
  pandoc.mediabag.insert(name, mime, contents)
  img.src = name
  return img
end

local function figure_images(fig)
  local n = 0
  fig.content = fig.content:walk({
    Image = function(img)
      n = n + 1
      local stem = fig.identifier ~= "" and fig.identifier or "figure"
      if n > 1 then stem = stem .. "-" .. n end
      return to_mediabag(img, stem)
    end,
  })
  return fig
end

local function other_image(img)
  return to_mediabag(img, "image-" .. pandoc.utils.sha1(img.src):sub(1, 12))
end

local function change_line(span)
  if span.classes:includes("change") then
    local inlines = pandoc.List({ pandoc.LineBreak() })
    inlines:extend(span.content)
    return inlines
  end
end

local function signature(div)
  if div.attributes.role == "signature" then
    div.attributes.role = nil
    div.attributes.wrapper = nil
    div.attributes["custom-style"] = "Signature"
    return div
  end
end

-- Figures first (their images get the figure's name), then any other image.
return {
  { Table = table_rows, Figure = figure_images, Span = change_line, BulletList = items, Div = signature },
  { Image = other_image },
}
