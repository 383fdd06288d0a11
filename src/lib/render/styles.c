/*
 * styles.c - how a picture shows each node type and each kind of edge (shape, colours, arrowhead),
 * shared by the drawing (drawing.c), the Graphviz graph (render.c) and the HTML legend
 * (render_html.c).
 */
#include "render_internal.h"

const mg_type_style mg__type_styles[MG_NODE_TYPE_COUNT] = {
    [MG_NODE_CELL] = {"ellipse", OI_ORANGE, "black", 1},
    [MG_NODE_VESICLE] = {"ellipse", OI_SKY, "black", 2},
    [MG_NODE_MIRNA] = {"note", OI_PURPLE, "black", 1},
    [MG_NODE_RNA] = {"note", "#E8C4D8", "black", 1},
    [MG_NODE_GENE] = {"box", OI_BLUE, "white", 1},
    [MG_NODE_COMPLEX] = {"box3d", OI_BLUE, "white", 1},
    [MG_NODE_CHEMICAL] = {"hexagon", OI_YELLOW, "black", 1},
    [MG_NODE_PATHWAY] = {"cds", OI_GREEN, "white", 1},
    [MG_NODE_PROCESS] = {"box", "white", "black", 1},
    [MG_NODE_DISEASE] = {"octagon", OI_VERMILLION, "white", 1},
    [MG_NODE_INTERVENTION] = {"invhouse", OI_YELLOW, "black", 1},
    [MG_NODE_ANATOMY] = {"tab", OI_SKY, "black", 1},
    [MG_NODE_ENTITY] = {"ellipse", "white", "black", 1},
};

const mg_edge_style mg__edge_styles[MG_EDGE_CLASS_COUNT] = {
    [MG_EDGE_POSITIVE] = {"raises (activates, upregulates, delivers ...)", OI_GREEN, "normal", "solid"},
    [MG_EDGE_NEGATIVE] = {"lowers (inhibits, downregulates, alleviates ...)", OI_VERMILLION, "tee", "solid"},
    [MG_EDGE_UNSIGNED] = {"regulates, direction of effect not stated", "#555555", "odiamond", "solid"},
    [MG_EDGE_ASSOCIATED] = {"associated, no causal direction", "#555555", "odiamond", "dashed"},
    [MG_EDGE_STRUCTURAL] = {"is a / part of / derived from", OI_GREY, "onormal", "dotted"},
};

mg_edge_class mg__edge_class(mg_relation rel)
{
    if (rel == MG_REL_ASSOCIATED_WITH) return MG_EDGE_ASSOCIATED;
    switch (mg_relation_sign(rel)) {
    case MG_SIGN_POSITIVE: return MG_EDGE_POSITIVE;
    case MG_SIGN_NEGATIVE: return MG_EDGE_NEGATIVE;
    case MG_SIGN_STRUCTURAL: return MG_EDGE_STRUCTURAL;
    default: return MG_EDGE_UNSIGNED;
    }
}
