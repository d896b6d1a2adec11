import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { render } from "./bare-app/app/markup/render";
import { countElements, decodeEntities, markupTree } from "./markup";

const page = (body: string) =>
  `<!DOCTYPE html><html lang="da"><head><title>x</title></head><body class="min-h-screen">${body}</body></html>`;

/** React's markup for the tree, as the bare page renders it. */
const rendered = (html: string) => renderToString(<>{markupTree(html).map(render)}</>);

describe("markupTree", () => {
  it("reads a page's body into elements, attributes and text", () => {
    expect(
      markupTree(
        page(
          `<main id="main" class="flex"><h1>Tidslinje</h1><p>Ret <a href="/x">her</a></p></main>`,
        ),
      ),
    ).toEqual([
      [
        "main",
        { id: "main", class: "flex" },
        ["h1", {}, "Tidslinje"],
        ["p", {}, "Ret ", ["a", { href: "/x" }, "her"]],
      ],
    ]);
  });

  it("leaves out scripts and templates, and knows void elements", () => {
    expect(
      markupTree(
        page(
          `<form><input type="hidden" name="a" value="1"/><br><button>Gem</button></form><script>self.__next_f.push([1,"<div>"])</script><template id="t"><b>x</b></template>`,
        ),
      ),
    ).toEqual([
      [
        "form",
        {},
        ["input", { type: "hidden", name: "a", value: "1" }],
        ["br", {}],
        ["button", {}, "Gem"],
      ],
    ]);
  });

  it("decodes the entities React writes", () => {
    expect(decodeEntities("Søren &amp; Bo &lt;3 &quot;ok&quot; &#x27;x&#x27; &#39;y&#39;")).toBe(
      `Søren & Bo <3 "ok" 'x' 'y'`,
    );
  });
});

describe("the bare page renders the markup it was given", () => {
  it("gives back the same elements and attributes", () => {
    const body =
      `<div class="mb-4 flex"><label for="q" class="text-sm">Søg</label><input id="q" type="search" maxLength="80" required="" name="q" value="Ann &amp; Bo"/>` +
      `<textarea name="n" rows="3">Linje &lt;1&gt;</textarea>` +
      `<table><thead><tr><th colSpan="2" scope="col">Klasse</th></tr></thead><tbody><tr><td>7.a</td><td>12</td></tr></tbody></table>` +
      `<time dateTime="2026-12-04">4.12.2026</time><details open=""><summary>Mere</summary>tekst</details>` +
      `<select name="s"><option value="a">A</option><option value="b" selected="">B</option></select>` +
      `<button type="submit" value="da" name="locale">Dansk</button><input type="checkbox" name="c" checked=""/>` +
      `<span style="width:40%">a</span><svg viewBox="0 0 10 10"><path d="M0 0L10 10"></path></svg></div>`;
    expect(rendered(page(body))).toBe(body);
  });

  it("keeps text split by React's separators apart", () => {
    expect(rendered(page(`<p>Viser 50<!-- --> af <!-- -->200</p>`))).toBe(
      `<p>Viser 50<!-- --> af <!-- -->200</p>`,
    );
  });
});

describe("countElements", () => {
  it("counts elements at every depth, not text", () => {
    expect(countElements(markupTree(page(`<ul><li>a</li><li><b>b</b></li></ul>text<br>`)))).toBe(5);
  });
});
