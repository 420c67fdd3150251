package de.teilhabe.strategy.dialog;

import io.nayuki.qrcodegen.QrCode;

/**
 * QR codes of join links as SVG, drawn on the server with Project Nayuki's QR Code
 * generator (MIT licence): no third-party service ever sees a join code.
 */
final class QrCodes {

	private static final int BORDER = 4;

	private QrCodes() {
	}

	/** The QR code of a text as a standalone SVG document with its accessible name. */
	static String svg(String text, String label) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int size = qr.size + BORDER * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">" + "<title>"
				+ escape(label) + "</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>" + "<path d=\""
				+ path + "\" fill=\"#000000\"/></svg>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
