package vn.motcua.workflows.onestop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Lays out the diagram of a model whose shapes and edges exist (the fluent builder creates them,
 * but stacks branches and boundary paths on top of each other) as a readable left-to-right grid:
 * columns by longest path from the start, the main path on the first row, each further branch on
 * a row of its own, boundary-event paths below their host, sub-processes sized to their content.
 * Sequence flows are drawn orthogonally; flows going back run underneath.
 */
public final class DiagramLayout {

    private static final int GAP_X = 50;
    private static final int GAP_Y = 40;
    private static final int PADDING = 30;

    private final BpmnModelInstance model;
    private final Map<String, double[]> sizes = new HashMap<>();
    private final Map<String, double[]> positions = new HashMap<>();

    private DiagramLayout(BpmnModelInstance model) {
        this.model = model;
    }

    public static void apply(BpmnModelInstance model) {
        DiagramLayout layout = new DiagramLayout(model);
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        layout.place(process.getFlowElements(), 150, 80);
        layout.write();
    }

    /** Lays out one container's nodes with their top-left at (x, y); returns its width and height. */
    private double[] place(Collection<FlowElement> elements, double originX, double originY) {
        List<FlowNode> nodes = new ArrayList<>();
        List<BoundaryEvent> boundaries = new ArrayList<>();
        for (FlowElement e : elements) {
            if (e instanceof BoundaryEvent b) {
                boundaries.add(b);
            } else if (e instanceof FlowNode n) {
                nodes.add(n);
            }
        }
        Set<String> members = new HashSet<>();
        elements.forEach(e -> members.add(e.getId()));
        Map<String, Integer> column = new LinkedHashMap<>();
        Map<String, Integer> row = new HashMap<>();
        Set<SequenceFlow> backFlows = new HashSet<>();
        int[] nextRow = {0};
        for (FlowNode start : nodes) {
            if (start.getIncoming().isEmpty() && !column.containsKey(start.getId())) {
                row.put(start.getId(), nextRow[0]++);
                walk(start, 0, members, column, row, backFlows, new HashSet<>(), nextRow);
            }
        }
        for (BoundaryEvent b : boundaries) {
            int hostColumn = column.getOrDefault(b.getAttachedTo().getId(), 0);
            column.put(b.getId(), hostColumn);
            for (SequenceFlow f : b.getOutgoing()) {
                if (!row.containsKey(f.getTarget().getId())) {
                    row.put(f.getTarget().getId(), nextRow[0]++);
                }
                walk(f.getTarget(), hostColumn + 1, members, column, row, backFlows, new HashSet<>(), nextRow);
            }
        }
        // sizes first: a sub-process is as large as its content
        for (FlowNode n : nodes) {
            sizes.put(n.getId(), size(n));
        }
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int rows = nextRow[0];
        double[] colWidth = new double[columns];
        double[] rowHeight = new double[rows];
        for (FlowNode n : nodes) {
            double[] s = sizes.get(n.getId());
            int c = column.get(n.getId());
            int r = row.get(n.getId());
            colWidth[c] = Math.max(colWidth[c], s[0]);
            rowHeight[r] = Math.max(rowHeight[r], s[1]);
        }
        double[] colX = offsets(colWidth, originX, GAP_X);
        double[] rowY = offsets(rowHeight, originY, GAP_Y);
        for (FlowNode n : nodes) {
            double[] s = sizes.get(n.getId());
            int c = column.get(n.getId());
            int r = row.get(n.getId());
            double x = colX[c] + (colWidth[c] - s[0]) / 2;
            double y = rowY[r] + (rowHeight[r] - s[1]) / 2;
            positions.put(n.getId(), new double[] {x, y});
            if (n instanceof SubProcess sub) {
                place(sub.getFlowElements(), x + PADDING, y + PADDING);
            }
        }
        placeBoundaryEvents(boundaries);
        return new double[] {colX[columns - 1] + colWidth[columns - 1] - originX,
                rowY[rows - 1] + rowHeight[rows - 1] - originY};
    }

    private void walk(FlowNode node, int col, Set<String> members, Map<String, Integer> column,
                      Map<String, Integer> row, Set<SequenceFlow> backFlows, Set<String> path, int[] nextRow) {
        if (column.containsKey(node.getId()) && column.get(node.getId()) >= col) {
            return;
        }
        column.put(node.getId(), col);
        path.add(node.getId());
        boolean first = true;
        for (SequenceFlow f : node.getOutgoing()) {
            FlowNode target = f.getTarget();
            if (!members.contains(target.getId())) {
                continue;
            }
            if (path.contains(target.getId())) {
                backFlows.add(f);
                continue;
            }
            if (!row.containsKey(target.getId())) {
                row.put(target.getId(), first ? row.get(node.getId()) : nextRow[0]++);
            }
            first = false;
            walk(target, col + 1, members, column, row, backFlows, path, nextRow);
        }
        path.remove(node.getId());
    }

    private double[] size(FlowNode n) {
        if (n instanceof SubProcess sub) {
            double[] content = new DiagramLayout(model).measure(sub.getFlowElements());
            return new double[] {content[0] + 2 * PADDING, content[1] + 2 * PADDING};
        }
        if (n instanceof Event) {
            return new double[] {36, 36};
        }
        if (n instanceof Gateway) {
            return new double[] {50, 50};
        }
        return new double[] {100, 80};
    }

    private double[] measure(Collection<FlowElement> elements) {
        return place(elements, 0, 0);
    }

    /** Boundary events sit on the lower edge of their host, spread along it. */
    private void placeBoundaryEvents(List<BoundaryEvent> boundaries) {
        Map<String, List<BoundaryEvent>> byHost = new LinkedHashMap<>();
        boundaries.forEach(b -> byHost.computeIfAbsent(b.getAttachedTo().getId(), k -> new ArrayList<>()).add(b));
        byHost.forEach((host, events) -> {
            double[] p = positions.get(host);
            double[] s = sizes.get(host);
            for (int i = 0; i < events.size(); i++) {
                double x = p[0] + s[0] * (i + 1) / (events.size() + 1) - 18;
                positions.put(events.get(i).getId(), new double[] {x, p[1] + s[1] - 18});
                sizes.put(events.get(i).getId(), new double[] {36, 36});
            }
        });
    }

    private boolean hasNodeBetween(double[] source, double[] target, double centreY) {
        return positions.entrySet().stream().anyMatch(e -> {
            double[] p = e.getValue();
            double[] s = sizes.get(e.getKey());
            return p[0] > source[0] && p[0] < target[0] && Math.abs(p[1] + s[1] / 2 - centreY) < 1;
        });
    }

    private static double[] offsets(double[] extents, double origin, double gap) {
        double[] out = new double[extents.length];
        double at = origin;
        for (int i = 0; i < extents.length; i++) {
            out[i] = at;
            at += extents[i] + gap;
        }
        return out;
    }

    private void write() {
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            String id = shape.getBpmnElement().getId();
            double[] p = positions.get(id);
            double[] s = sizes.get(id);
            if (p == null) {
                continue;
            }
            Bounds b = shape.getBounds();
            b.setX(p[0]);
            b.setY(p[1]);
            b.setWidth(s[0]);
            b.setHeight(s[1]);
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            ModelElementInstance element = edge.getBpmnElement();
            if (element instanceof SequenceFlow flow) {
                route(edge, flow);
            }
        }
    }

    private void route(BpmnEdge edge, SequenceFlow flow) {
        double[] sp = positions.get(flow.getSource().getId());
        double[] ss = sizes.get(flow.getSource().getId());
        double[] tp = positions.get(flow.getTarget().getId());
        double[] ts = sizes.get(flow.getTarget().getId());
        double sy = sp[1] + ss[1] / 2;
        double ty = tp[1] + ts[1] / 2;
        List<double[]> points = new ArrayList<>();
        if (flow.getSource() instanceof BoundaryEvent) {
            double sx = sp[0] + ss[0] / 2;
            points.add(new double[] {sx, sp[1] + ss[1]});
            points.add(new double[] {sx, ty});
            points.add(new double[] {tp[0], ty});
        } else if (tp[0] <= sp[0]) {
            // back to an earlier step: down, left underneath, up into the target
            double below = Math.max(sp[1] + ss[1], tp[1] + ts[1]) + GAP_Y / 2.0;
            points.add(new double[] {sp[0] + ss[0] / 2, sp[1] + ss[1]});
            points.add(new double[] {sp[0] + ss[0] / 2, below});
            points.add(new double[] {tp[0] + ts[0] / 2, below});
            points.add(new double[] {tp[0] + ts[0] / 2, tp[1] + ts[1]});
        } else if (Math.abs(sy - ty) < 1 && flow.getSource() instanceof Gateway && hasNodeBetween(sp, tp, sy)) {
            // skips the steps between on its row: over them
            double above = sp[1] - GAP_Y;
            points.add(new double[] {sp[0] + ss[0] / 2, sp[1]});
            points.add(new double[] {sp[0] + ss[0] / 2, above});
            points.add(new double[] {tp[0] - GAP_X / 2.0, above});
            points.add(new double[] {tp[0] - GAP_X / 2.0, ty});
            points.add(new double[] {tp[0], ty});
        } else if (Math.abs(sy - ty) < 1) {
            points.add(new double[] {sp[0] + ss[0], sy});
            points.add(new double[] {tp[0], ty});
        } else if (flow.getSource() instanceof Gateway) {
            double sx = sp[0] + ss[0] / 2;
            points.add(new double[] {sx, ty > sy ? sp[1] + ss[1] : sp[1]});
            points.add(new double[] {sx, ty});
            points.add(new double[] {tp[0], ty});
        } else {
            double midX = tp[0] - GAP_X / 2.0;
            points.add(new double[] {sp[0] + ss[0], sy});
            points.add(new double[] {midX, sy});
            points.add(new double[] {midX, ty});
            points.add(new double[] {tp[0], ty});
        }
        edge.getWaypoints().clear();
        for (double[] point : points) {
            Waypoint w = model.newInstance(Waypoint.class);
            w.setX(point[0]);
            w.setY(point[1]);
            edge.getWaypoints().add(w);
        }
    }
}
