import { describe, expect, it } from "vitest";
import { renderDot } from "../../src/report/dot.js";
import { renderGraphJson } from "../../src/report/graph-json.js";
import { renderGraphml } from "../../src/report/graphml.js";
import { renderMermaid } from "../../src/report/mermaid.js";
import { sampleGraph, shuffledGraph } from "./sample.js";

describe("renderGraphJson", () => {
  it("is graphology's serialization with a 2-space indent", () => {
    const text = renderGraphJson(sampleGraph());
    expect(JSON.parse(text)).toEqual(sampleGraph());
    expect(text).toBe(`${JSON.stringify(sampleGraph(), null, 2)}\n`);
  });
});

describe("renderDot", () => {
  const dot = renderDot(sampleGraph());

  it("is a digraph with short ids in key order and readable labels", () => {
    expect(dot.startsWith("digraph lineage {\n")).toBe(true);
    expect(dot.endsWith("}\n")).toBe(true);
    expect(dot).toContain('  n0 [label="ads.audience.email_hash", tooltip="column:ads.audience.email_hash"];');
    expect(dot).toContain('  n8 [label="argument 0 of AdsClient.track\\nsrc/ads.ts:30\\nsink: ads"');
  });

  it("escapes quotes and backslashes; angle brackets stay inside a quoted string", () => {
    expect(dot).toContain('n6 [label="md5(u.email) AS \\"email<hash>\\"\\nsql/ads.sql:3"');
    const withBackslash = sampleGraph();
    withBackslash.nodes[9]!.attributes!.note = 'path C:\\tmp "x"';
    expect(renderDot(withBackslash)).toContain('label="path C:\\\\tmp \\"x\\"\\nsrc/ads.ts:28"');
  });

  it("dashes edges that carry no data and highlights sources and sinks", () => {
    expect(dot).toContain('  n2 -> n6 [style=dashed, label="filter"];');
    expect(dot).toContain('  n4 -> n1 [style=dashed, label="join"];');
    expect(dot).toContain("  n3 -> n1;\n");
    expect(dot).toMatch(/n3 \[label="dating\.profiles\.religion\\nsource: religion".*fillcolor="#fff3cd"/);
    expect(dot).toMatch(/n7 \[label="ads\.audience\\nsink: ads".*shape=cylinder.*fillcolor="#f8d7da"/);
  });

  it("does not depend on the order of nodes and edges", () => {
    expect(renderDot(shuffledGraph())).toBe(dot);
  });
});

describe("renderMermaid", () => {
  const mermaid = renderMermaid(sampleGraph());

  it("is a flowchart LR with ids n0, n1, … in key order", () => {
    expect(mermaid.split("\n").slice(0, 3)).toEqual(["flowchart LR", '  n0["ads.audience.email_hash"]', '  n1["ads.audience.religion"]']);
    expect(mermaid).toContain('  n7[("ads.audience<br/>sink: ads")]');
    expect(mermaid).toContain("  class n3,n5 source\n");
    expect(mermaid).toContain("  class n7,n8 sink\n");
  });

  it("escapes quotes, angle brackets, ampersands, backticks and # as entity codes", () => {
    expect(mermaid).toContain('  n6["md5(u.email) AS #quot;email#lt;hash#gt;#quot;<br/>sql/ads.sql:3"]');
    expect(mermaid).toContain('  n9["const segment = #96;#lt;vip#gt; #amp; #quot;gold#quot;#96; #35; 1<br/>src/ads.ts:28"]');
  });

  it("dashes edges that carry no data", () => {
    expect(mermaid).toContain("  n2 -.->|filter| n6\n");
    expect(mermaid).toContain("  n5 --> n6\n");
  });

  it("does not depend on the order of nodes and edges", () => {
    expect(renderMermaid(shuffledGraph())).toBe(mermaid);
  });
});

describe("renderGraphml", () => {
  const graphml = renderGraphml(sampleGraph());

  it("declares its keys and a directed graph", () => {
    expect(graphml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')).toBe(true);
    for (const name of ["kind", "file", "line", "table", "column", "note"]) {
      expect(graphml).toContain(`<key id="n_${name}" for="node" attr.name="${name}"`);
    }
    expect(graphml).toContain('<key id="e_kind" for="edge" attr.name="kind" attr.type="string"/>');
    expect(graphml).toContain('<graph id="lineage" edgedefault="directed">');
  });

  it("XML-escapes values and ids", () => {
    expect(graphml).toContain('<data key="n_note">md5(u.email) AS &quot;email&lt;hash&gt;&quot;</data>');
    expect(graphml).toContain('<data key="n_note">const segment = `&lt;vip&gt; &amp; &quot;gold&quot;` # 1</data>');
    expect(graphml).toContain('<data key="n_line">28</data>\n      <data key="n_col">9</data>');
    const weird = sampleGraph();
    weird.nodes[9]!.key = "ts-value:<a&b>";
    weird.edges[5]!.source = "ts-value:<a&b>";
    const text = renderGraphml(weird);
    expect(text).toContain('<node id="ts-value:&lt;a&amp;b&gt;">');
    expect(text).toContain('source="ts-value:&lt;a&amp;b&gt;"');
  });

  it("writes column nodes with table and column, edges with kind and write site", () => {
    expect(graphml).toContain(
      [
        '    <node id="column:dating.profiles.religion">',
        '      <data key="n_kind">column</data>',
        '      <data key="n_label">dating.profiles.religion</data>',
        '      <data key="n_table">dating.profiles</data>',
        '      <data key="n_column">religion</data>',
        '      <data key="n_sources">religion</data>',
        "    </node>",
      ].join("\n"),
    );
    expect(graphml).toContain(
      '    <edge id="e1" source="column:dating.profiles.religion" target="column:ads.audience.religion">\n      <data key="e_kind">data</data>\n      <data key="e_write">sql/ads.sql#insert:1</data>\n    </edge>',
    );
  });

  it("does not depend on the order of nodes and edges", () => {
    expect(renderGraphml(shuffledGraph())).toBe(graphml);
  });
});
