/**
 * A page's markup as React elements: the tree tests/bench/markup.ts makes of a Trivsel page's
 * HTML, back into elements with React's own prop names, so that React renders the same elements
 * and attributes (form state as default values). Kept beside the bare app (which cannot import
 * from outside its folder); tests/bench/markup.test.ts renders it back to the HTML it came from.
 */
import { createElement, type ReactNode } from "react";

export type MarkupNode = string | [string, Record<string, string>, ...MarkupNode[]];

const RENAMED: Record<string, string> = {
  class: "className",
  for: "htmlFor",
  tabindex: "tabIndex",
  datetime: "dateTime",
  enctype: "encType",
  colspan: "colSpan",
  rowspan: "rowSpan",
  maxlength: "maxLength",
  minlength: "minLength",
  readonly: "readOnly",
  autocomplete: "autoComplete",
  autofocus: "autoFocus",
  novalidate: "noValidate",
  crossorigin: "crossOrigin",
  inputmode: "inputMode",
  "accept-charset": "acceptCharset",
  viewbox: "viewBox",
};
/** An input's state is React's default value (a `value` prop would make it controlled). */
const INPUT_STATE: Record<string, string> = { value: "defaultValue", checked: "defaultChecked" };
const BOOLEAN = new Set([
  "disabled",
  "required",
  "readOnly",
  "hidden",
  "open",
  "multiple",
  "defaultChecked",
  "noValidate",
  "autoFocus",
]);

function styleObject(style: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const declaration of style.split(";")) {
    const index = declaration.indexOf(":");
    if (index < 0) continue;
    const property = declaration.slice(0, index).trim();
    const camel = property.startsWith("--")
      ? property
      : property.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    result[camel] = declaration.slice(index + 1).trim();
  }
  return result;
}

export function render(node: MarkupNode, key: number): ReactNode {
  if (typeof node === "string") return node;
  const [tag, attributes, ...children] = node;
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "style") props.style = styleObject(value);
    // React marks the selected option from its <select>'s value (below).
    else if (tag === "option" && name === "selected") continue;
    else {
      const prop = (tag === "input" ? INPUT_STATE[name] : undefined) ?? RENAMED[name] ?? name;
      props[prop] = BOOLEAN.has(prop) ? true : value;
    }
  }
  if (tag === "textarea") return createElement(tag, { ...props, defaultValue: children.join("") });
  if (tag === "select") {
    const selected = children.find(
      (child) => typeof child !== "string" && child[0] === "option" && "selected" in child[1],
    );
    if (selected && typeof selected !== "string") props.defaultValue = selected[1].value;
  }
  return createElement(tag, props, ...children.map(render));
}
