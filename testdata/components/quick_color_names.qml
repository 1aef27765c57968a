import QtQuick
QtObject {
    property color c_aliceblue: "aliceblue"
    property color c_antiquewhite: "antiquewhite"
    property color c_aqua: "aqua"
    property color c_aquamarine: "aquamarine"
    property color c_azure: "azure"
    property color c_beige: "beige"
    property color c_bisque: "bisque"
    property color c_black: "black"
    property color c_blanchedalmond: "blanchedalmond"
    property color c_blue: "blue"
    property color c_blueviolet: "blueviolet"
    property color c_brown: "brown"
    property color c_burlywood: "burlywood"
    property color c_cadetblue: "cadetblue"
    property color c_chartreuse: "chartreuse"
    property color c_chocolate: "chocolate"
    property color c_coral: "coral"
    property color c_cornflowerblue: "cornflowerblue"
    property color c_cornsilk: "cornsilk"
    property color c_crimson: "crimson"
    property color c_cyan: "cyan"
    property color c_darkblue: "darkblue"
    property color c_darkcyan: "darkcyan"
    property color c_darkgoldenrod: "darkgoldenrod"
    property color c_darkgray: "darkgray"
    property color c_darkgreen: "darkgreen"
    property color c_darkgrey: "darkgrey"
    property color c_darkkhaki: "darkkhaki"
    property color c_darkmagenta: "darkmagenta"
    property color c_darkolivegreen: "darkolivegreen"
    property color c_darkorange: "darkorange"
    property color c_darkorchid: "darkorchid"
    property color c_darkred: "darkred"
    property color c_darksalmon: "darksalmon"
    property color c_darkseagreen: "darkseagreen"
    property color c_darkslateblue: "darkslateblue"
    property color c_darkslategray: "darkslategray"
    property color c_darkslategrey: "darkslategrey"
    property color c_darkturquoise: "darkturquoise"
    property color c_darkviolet: "darkviolet"
    property color c_deeppink: "deeppink"
    property color c_deepskyblue: "deepskyblue"
    property color c_dimgray: "dimgray"
    property color c_dimgrey: "dimgrey"
    property color c_dodgerblue: "dodgerblue"
    property color c_firebrick: "firebrick"
    property color c_floralwhite: "floralwhite"
    property color c_forestgreen: "forestgreen"
    property color c_fuchsia: "fuchsia"
    property color c_gainsboro: "gainsboro"
    property color c_ghostwhite: "ghostwhite"
    property color c_gold: "gold"
    property color c_goldenrod: "goldenrod"
    property color c_gray: "gray"
    property color c_grey: "grey"
    property color c_green: "green"
    property color c_greenyellow: "greenyellow"
    property color c_honeydew: "honeydew"
    property color c_hotpink: "hotpink"
    property color c_indianred: "indianred"
    property color c_indigo: "indigo"
    property color c_ivory: "ivory"
    property color c_khaki: "khaki"
    property color c_lavender: "lavender"
    property color c_lavenderblush: "lavenderblush"
    property color c_lawngreen: "lawngreen"
    property color c_lemonchiffon: "lemonchiffon"
    property color c_lightblue: "lightblue"
    property color c_lightcoral: "lightcoral"
    property color c_lightcyan: "lightcyan"
    property color c_lightgoldenrodyellow: "lightgoldenrodyellow"
    property color c_lightgray: "lightgray"
    property color c_lightgreen: "lightgreen"
    property color c_lightgrey: "lightgrey"
    property color c_lightpink: "lightpink"
    property color c_lightsalmon: "lightsalmon"
    property color c_lightseagreen: "lightseagreen"
    property color c_lightskyblue: "lightskyblue"
    property color c_lightslategray: "lightslategray"
    property color c_lightslategrey: "lightslategrey"
    property color c_lightsteelblue: "lightsteelblue"
    property color c_lightyellow: "lightyellow"
    property color c_lime: "lime"
    property color c_limegreen: "limegreen"
    property color c_linen: "linen"
    property color c_magenta: "magenta"
    property color c_maroon: "maroon"
    property color c_mediumaquamarine: "mediumaquamarine"
    property color c_mediumblue: "mediumblue"
    property color c_mediumorchid: "mediumorchid"
    property color c_mediumpurple: "mediumpurple"
    property color c_mediumseagreen: "mediumseagreen"
    property color c_mediumslateblue: "mediumslateblue"
    property color c_mediumspringgreen: "mediumspringgreen"
    property color c_mediumturquoise: "mediumturquoise"
    property color c_mediumvioletred: "mediumvioletred"
    property color c_midnightblue: "midnightblue"
    property color c_mintcream: "mintcream"
    property color c_mistyrose: "mistyrose"
    property color c_moccasin: "moccasin"
    property color c_navajowhite: "navajowhite"
    property color c_navy: "navy"
    property color c_oldlace: "oldlace"
    property color c_olive: "olive"
    property color c_olivedrab: "olivedrab"
    property color c_orange: "orange"
    property color c_orangered: "orangered"
    property color c_orchid: "orchid"
    property color c_palegoldenrod: "palegoldenrod"
    property color c_palegreen: "palegreen"
    property color c_paleturquoise: "paleturquoise"
    property color c_palevioletred: "palevioletred"
    property color c_papayawhip: "papayawhip"
    property color c_peachpuff: "peachpuff"
    property color c_peru: "peru"
    property color c_pink: "pink"
    property color c_plum: "plum"
    property color c_powderblue: "powderblue"
    property color c_purple: "purple"
    property color c_red: "red"
    property color c_rosybrown: "rosybrown"
    property color c_royalblue: "royalblue"
    property color c_saddlebrown: "saddlebrown"
    property color c_salmon: "salmon"
    property color c_sandybrown: "sandybrown"
    property color c_seagreen: "seagreen"
    property color c_seashell: "seashell"
    property color c_sienna: "sienna"
    property color c_silver: "silver"
    property color c_skyblue: "skyblue"
    property color c_slateblue: "slateblue"
    property color c_slategray: "slategray"
    property color c_slategrey: "slategrey"
    property color c_snow: "snow"
    property color c_springgreen: "springgreen"
    property color c_steelblue: "steelblue"
    property color c_tan: "tan"
    property color c_teal: "teal"
    property color c_thistle: "thistle"
    property color c_tomato: "tomato"
    property color c_turquoise: "turquoise"
    property color c_violet: "violet"
    property color c_wheat: "wheat"
    property color c_white: "white"
    property color c_whitesmoke: "whitesmoke"
    property color c_yellow: "yellow"
    property color c_yellowgreen: "yellowgreen"
    property color up: "DarkOrange"
    property color sp: " red "
    Component.onCompleted: {
        console.log("aliceblue", c_aliceblue)
        console.log("antiquewhite", c_antiquewhite)
        console.log("aqua", c_aqua)
        console.log("aquamarine", c_aquamarine)
        console.log("azure", c_azure)
        console.log("beige", c_beige)
        console.log("bisque", c_bisque)
        console.log("black", c_black)
        console.log("blanchedalmond", c_blanchedalmond)
        console.log("blue", c_blue)
        console.log("blueviolet", c_blueviolet)
        console.log("brown", c_brown)
        console.log("burlywood", c_burlywood)
        console.log("cadetblue", c_cadetblue)
        console.log("chartreuse", c_chartreuse)
        console.log("chocolate", c_chocolate)
        console.log("coral", c_coral)
        console.log("cornflowerblue", c_cornflowerblue)
        console.log("cornsilk", c_cornsilk)
        console.log("crimson", c_crimson)
        console.log("cyan", c_cyan)
        console.log("darkblue", c_darkblue)
        console.log("darkcyan", c_darkcyan)
        console.log("darkgoldenrod", c_darkgoldenrod)
        console.log("darkgray", c_darkgray)
        console.log("darkgreen", c_darkgreen)
        console.log("darkgrey", c_darkgrey)
        console.log("darkkhaki", c_darkkhaki)
        console.log("darkmagenta", c_darkmagenta)
        console.log("darkolivegreen", c_darkolivegreen)
        console.log("darkorange", c_darkorange)
        console.log("darkorchid", c_darkorchid)
        console.log("darkred", c_darkred)
        console.log("darksalmon", c_darksalmon)
        console.log("darkseagreen", c_darkseagreen)
        console.log("darkslateblue", c_darkslateblue)
        console.log("darkslategray", c_darkslategray)
        console.log("darkslategrey", c_darkslategrey)
        console.log("darkturquoise", c_darkturquoise)
        console.log("darkviolet", c_darkviolet)
        console.log("deeppink", c_deeppink)
        console.log("deepskyblue", c_deepskyblue)
        console.log("dimgray", c_dimgray)
        console.log("dimgrey", c_dimgrey)
        console.log("dodgerblue", c_dodgerblue)
        console.log("firebrick", c_firebrick)
        console.log("floralwhite", c_floralwhite)
        console.log("forestgreen", c_forestgreen)
        console.log("fuchsia", c_fuchsia)
        console.log("gainsboro", c_gainsboro)
        console.log("ghostwhite", c_ghostwhite)
        console.log("gold", c_gold)
        console.log("goldenrod", c_goldenrod)
        console.log("gray", c_gray)
        console.log("grey", c_grey)
        console.log("green", c_green)
        console.log("greenyellow", c_greenyellow)
        console.log("honeydew", c_honeydew)
        console.log("hotpink", c_hotpink)
        console.log("indianred", c_indianred)
        console.log("indigo", c_indigo)
        console.log("ivory", c_ivory)
        console.log("khaki", c_khaki)
        console.log("lavender", c_lavender)
        console.log("lavenderblush", c_lavenderblush)
        console.log("lawngreen", c_lawngreen)
        console.log("lemonchiffon", c_lemonchiffon)
        console.log("lightblue", c_lightblue)
        console.log("lightcoral", c_lightcoral)
        console.log("lightcyan", c_lightcyan)
        console.log("lightgoldenrodyellow", c_lightgoldenrodyellow)
        console.log("lightgray", c_lightgray)
        console.log("lightgreen", c_lightgreen)
        console.log("lightgrey", c_lightgrey)
        console.log("lightpink", c_lightpink)
        console.log("lightsalmon", c_lightsalmon)
        console.log("lightseagreen", c_lightseagreen)
        console.log("lightskyblue", c_lightskyblue)
        console.log("lightslategray", c_lightslategray)
        console.log("lightslategrey", c_lightslategrey)
        console.log("lightsteelblue", c_lightsteelblue)
        console.log("lightyellow", c_lightyellow)
        console.log("lime", c_lime)
        console.log("limegreen", c_limegreen)
        console.log("linen", c_linen)
        console.log("magenta", c_magenta)
        console.log("maroon", c_maroon)
        console.log("mediumaquamarine", c_mediumaquamarine)
        console.log("mediumblue", c_mediumblue)
        console.log("mediumorchid", c_mediumorchid)
        console.log("mediumpurple", c_mediumpurple)
        console.log("mediumseagreen", c_mediumseagreen)
        console.log("mediumslateblue", c_mediumslateblue)
        console.log("mediumspringgreen", c_mediumspringgreen)
        console.log("mediumturquoise", c_mediumturquoise)
        console.log("mediumvioletred", c_mediumvioletred)
        console.log("midnightblue", c_midnightblue)
        console.log("mintcream", c_mintcream)
        console.log("mistyrose", c_mistyrose)
        console.log("moccasin", c_moccasin)
        console.log("navajowhite", c_navajowhite)
        console.log("navy", c_navy)
        console.log("oldlace", c_oldlace)
        console.log("olive", c_olive)
        console.log("olivedrab", c_olivedrab)
        console.log("orange", c_orange)
        console.log("orangered", c_orangered)
        console.log("orchid", c_orchid)
        console.log("palegoldenrod", c_palegoldenrod)
        console.log("palegreen", c_palegreen)
        console.log("paleturquoise", c_paleturquoise)
        console.log("palevioletred", c_palevioletred)
        console.log("papayawhip", c_papayawhip)
        console.log("peachpuff", c_peachpuff)
        console.log("peru", c_peru)
        console.log("pink", c_pink)
        console.log("plum", c_plum)
        console.log("powderblue", c_powderblue)
        console.log("purple", c_purple)
        console.log("red", c_red)
        console.log("rosybrown", c_rosybrown)
        console.log("royalblue", c_royalblue)
        console.log("saddlebrown", c_saddlebrown)
        console.log("salmon", c_salmon)
        console.log("sandybrown", c_sandybrown)
        console.log("seagreen", c_seagreen)
        console.log("seashell", c_seashell)
        console.log("sienna", c_sienna)
        console.log("silver", c_silver)
        console.log("skyblue", c_skyblue)
        console.log("slateblue", c_slateblue)
        console.log("slategray", c_slategray)
        console.log("slategrey", c_slategrey)
        console.log("snow", c_snow)
        console.log("springgreen", c_springgreen)
        console.log("steelblue", c_steelblue)
        console.log("tan", c_tan)
        console.log("teal", c_teal)
        console.log("thistle", c_thistle)
        console.log("tomato", c_tomato)
        console.log("turquoise", c_turquoise)
        console.log("violet", c_violet)
        console.log("wheat", c_wheat)
        console.log("white", c_white)
        console.log("whitesmoke", c_whitesmoke)
        console.log("yellow", c_yellow)
        console.log("yellowgreen", c_yellowgreen)
        console.log(up, sp); Qt.quit()
    }
}
