// /docs/script.js: renders /openapi.json as a list of operations, each with a form to try it
// (parameters, JSON body, optional API key) and the live response. Self-contained: no CDN, no
// inline script, text inserted with textContent only.
export const DOCS_JS = String.raw`(function () {
"use strict";
var en = document.documentElement.lang === "en";
var L = en
  ? { required: "required", send: "Send", schema: "Response schemas", body: "JSON body", loading: "Loading the OpenAPI document…", failed: "Could not load /openapi.json" }
  : { required: "bắt buộc", send: "Gửi thử", schema: "Lược đồ phản hồi", body: "Thân JSON", loading: "Đang tải tài liệu OpenAPI…", failed: "Không tải được /openapi.json" };
var root = document.querySelector("[data-docs]");
var key = document.getElementById("docs-key");
// The page's own words for operations and parameters (Vietnamese page); else the document's.
var texts = { operations: {}, parameters: {} };
try { if (root.getAttribute("data-texts")) texts = JSON.parse(root.getAttribute("data-texts")); } catch (err) { texts = { operations: {}, parameters: {} }; }

function h(tag, attrs, kids) {
  var node = document.createElement(tag);
  for (var k in attrs || {}) if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) node.setAttribute(k, attrs[k] === true ? "" : String(attrs[k]));
  (kids || []).forEach(function (kid) { if (kid !== null && kid !== undefined) node.appendChild(typeof kid === "string" ? document.createTextNode(kid) : kid); });
  return node;
}

function sampleBody(schema) {
  var props = (schema && schema.properties) || {};
  var out = {};
  if (props.question) out.question = en ? "How many administrative procedures were published?" : "Có bao nhiêu TTHC được công bố?";
  (schema && schema.required || []).forEach(function (name) { if (!(name in out)) out[name] = ""; });
  return JSON.stringify(out, null, 2);
}

/** Text with code spans between backquotes, as the descriptions write them. */
function prose(tag, text) {
  return h(tag, null, text.split("\x60").map(function (part, i) { return i % 2 ? h("code", null, [part]) : part; }));
}

function field(id, label, hint, control) {
  return h("div", { "class": "docs-field" }, [h("label", { "for": id }, [label]), hint ? h("small", { id: id + "-hint" }, [hint]) : null, control]);
}

function operation(path, method, op) {
  var id = "op-" + method + path.replace(/[^A-Za-z0-9]+/g, "-");
  var params = (op.parameters || []).map(function (p) {
    var fid = id + "-" + p.in + "-" + p.name;
    var s = p.schema || {};
    var control = s.enum
      ? h("select", { id: fid }, [h("option", { value: "" }, ["—"])].concat(s.enum.map(function (v) { return h("option", { value: v }, [v]); })))
      : h("input", { id: fid, type: "text", required: p.required ? true : null, "aria-describedby": p.description ? fid + "-hint" : null });
    var label = p.name + " (" + p.in + (p.required ? ", " + L.required : "") + ")";
    return { p: p, control: control, node: field(fid, label, texts.parameters[p.name] || p.description, control) };
  });
  var json = op.requestBody && op.requestBody.content && op.requestBody.content["application/json"];
  var bodyId = id + "-body";
  var body = json ? h("textarea", { id: bodyId, spellcheck: "false" }, [sampleBody(json.schema)]) : null;
  var out = h("pre", { "class": "docs-out", "aria-live": "polite", tabindex: "0" });
  var send = h("button", { type: "submit", "class": "docs-send" }, [L.send + ": " + method.toUpperCase() + " " + path]);
  var form = h("form", null, params.map(function (x) { return x.node; }).concat([body ? field(bodyId, L.body, null, body) : null, send]));
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var url = path, query = [];
    params.forEach(function (x) {
      var v = x.control.value.trim();
      if (x.p.in === "path") url = url.replace("{" + x.p.name + "}", encodeURIComponent(v));
      else if (x.p.in === "query" && v) query.push(encodeURIComponent(x.p.name) + "=" + encodeURIComponent(v));
    });
    if (query.length) url += "?" + query.join("&");
    var headers = {};
    if (body) headers["content-type"] = "application/json";
    if (key && key.value.trim() && path.indexOf("/api/") === 0) headers.authorization = "Bearer " + key.value.trim();
    out.textContent = "…";
    fetch(url, { method: method.toUpperCase(), headers: headers, body: body ? body.value : undefined })
      .then(function (res) {
        return res.text().then(function (text) {
          var pretty = text;
          try { pretty = JSON.stringify(JSON.parse(text), null, 2); } catch (err) { pretty = text; }
          var retry = res.headers.get("retry-after");
          out.textContent = method.toUpperCase() + " " + url + "\nHTTP " + res.status + (retry ? "  Retry-After: " + retry : "") + "\n\n" + pretty;
        });
      }, function (err) { out.textContent = String(err); });
  });
  var schemas = h("details", null, [h("summary", null, [L.schema]), h("pre", { "class": "docs-out" }, [JSON.stringify(op.responses, null, 2)])]);
  var own = texts.operations[method.toUpperCase() + " " + path] || {};
  var summary = own.summary || op.summary, description = own.summary ? own.description : op.description;
  return h("section", { "class": "docs-op", id: id, "aria-labelledby": id + "-h" }, [
    h("h2", { id: id + "-h" }, [h("span", { "class": "method" }, [method.toUpperCase()]), " " + path]),
    summary ? prose("p", summary) : null,
    description ? prose("p", description) : null,
    form, out, schemas
  ]);
}

root.textContent = L.loading;
fetch("/openapi.json").then(function (res) { return res.json(); }).then(function (doc) {
  root.textContent = "";
  Object.keys(doc.paths).forEach(function (path) {
    ["get", "post"].forEach(function (m) { if (doc.paths[path][m]) root.appendChild(operation(path, m, doc.paths[path][m])); });
  });
}).catch(function () { root.textContent = L.failed; });
})();
`;
