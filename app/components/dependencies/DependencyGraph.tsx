import dagre from "@dagrejs/dagre";
import { Background, Controls, Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from "@xyflow/react";
import { useNavigate } from "@remix-run/react";
import { useMemo, type KeyboardEvent } from "react";
import { nl } from "../../../shared/i18n/nl";
import { itemHref } from "./dependency-view";

const t = nl.dependencyUi;

export type GraphNodeData = {
  id: string;
  type: "card" | "item";
  title: string;
  owner: { kind: "werkgroep" | "fundament"; slug: string; name: string };
  focus: boolean;
  quarterLabel: string | null;
  atRisk: boolean;
  riskText: string | null;
};

export interface GraphLinkData {
  id: string;
  from: string;
  to: string;
  kindLabel: string;
  kind: string;
  atRisk: boolean;
}

const width = 220;
const height = 72;
// Colours with enough contrast for a 4px border next to white; the warning colour is separate.
const palette = ["#00546b", "#5b3f8c", "#2f6b1f", "#7a2e4f", "#1f4f99", "#5c5c00", "#6b3f1f", "#00695c", "#8c1f1f", "#3f4f55", "#4b2e83", "#005b96"];

type ItemNode = Node<GraphNodeData & { colour: string }, "item">;

function ItemNodeView({ data }: NodeProps<ItemNode>) {
  return (
    <div
      className={`rw-dep-node${data.atRisk ? " rw-dep-node--risk" : ""}`}
      style={{ borderInlineStartColor: data.colour }}
      data-at-risk={data.atRisk ? "true" : undefined}
      title={t.graphNodeTitle(data.title, data.owner.name, data.riskText)}
    >
      <Handle type="target" position={Position.Left} />
      <span className="rw-dep-node__title">{data.title}</span>
      <span className="rw-dep-node__owner">
        {data.owner.name}
        {data.quarterLabel ? ` · ${data.quarterLabel}` : ""}
      </span>
      {data.atRisk && <span className="rw-dep-node__risk">{t.risk}</span>}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

const nodeTypes = { item: ItemNodeView };

/** Lays the graph out in layers from left (what needs something) to right (what is needed). */
function layout(nodes: GraphNodeData[], links: GraphLinkData[]): { nodes: ItemNode[]; edges: Edge[] } {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "LR", nodesep: 24, ranksep: 80 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) g.setNode(node.id, { width, height });
  for (const link of links) if (g.hasNode(link.from) && g.hasNode(link.to)) g.setEdge(link.from, link.to);
  dagre.layout(g);
  const owners = [...new Set(nodes.map((n) => `${n.owner.kind}:${n.owner.slug}`))];
  const colourOf = (node: GraphNodeData) => palette[owners.indexOf(`${node.owner.kind}:${node.owner.slug}`) % palette.length]!;
  return {
    nodes: nodes.map((node) => {
      const at = g.node(node.id);
      return {
        id: node.id,
        type: "item",
        position: { x: (at?.x ?? 0) - width / 2, y: (at?.y ?? 0) - height / 2 },
        data: { ...node, colour: colourOf(node) },
        ariaLabel: t.graphNodeTitle(node.title, node.owner.name, node.riskText),
        connectable: false,
        draggable: false,
      };
    }),
    edges: links.map((link) => ({
      id: link.id,
      source: link.from,
      target: link.to,
      label: link.kindLabel,
      animated: link.atRisk,
      className: link.atRisk ? "rw-dep-edge--risk" : undefined,
      style: link.atRisk ? { stroke: "var(--rw-color-warning)", strokeWidth: 2.5 } : link.kind === "vereist" ? undefined : { strokeDasharray: "6 4" },
      data: { atRisk: link.atRisk },
    })),
  };
}

/**
 * The graph view (after hydration only): nodes coloured per owner, risk in the warning colour.
 * A node opens its card (in the board's side panel) or werkagenda item, by click or, once
 * focused with Tab, by Enter.
 */
export function DependencyGraph({ nodes, links }: { nodes: GraphNodeData[]; links: GraphLinkData[] }) {
  const navigate = useNavigate();
  const laidOut = useMemo(() => layout(nodes, links), [nodes, links]);
  const byId = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const openFocusedNode = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Enter" || !(event.target instanceof HTMLElement)) return;
    const node = byId.get(event.target.closest(".react-flow__node")?.getAttribute("data-id") ?? "");
    if (!node) return;
    event.preventDefault();
    navigate(itemHref(node));
  };
  return (
    <div className="rw-dep-graph" data-testid="dependency-graph" onKeyDown={openFocusedNode}>
      <ReactFlow<ItemNode, Edge>
        nodes={laidOut.nodes}
        edges={laidOut.edges}
        nodeTypes={nodeTypes}
        fitView
        minZoom={0.2}
        nodesConnectable={false}
        nodesDraggable={false}
        onNodeClick={(_event, node) => navigate(itemHref(node.data))}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
