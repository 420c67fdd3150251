package de.teilhabe.shared.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import io.nayuki.qrcodegen.QrCode;

/**
 * QR codes drawn on the server with Project Nayuki's QR Code generator (MIT licence): no
 * third-party service ever sees the text. As SVG for pages (the Integrationsdialog's join
 * links) and as PNG for documents (the Wegweiser's posters), each with the quiet zone of
 * four modules the standard asks for.
 */
public final class QrCodes {

	private static final int BORDER = 4;

	private QrCodes() {
	}

	/** The QR code of a text as a standalone SVG document with its accessible name. */
	public static String svg(String text, String label) {
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

	/**
	 * The QR code of a text as a black and white PNG, {@code scale} pixels a module (at
	 * least 1), for a document that shows it as an image.
	 */
	public static byte[] png(String text, int scale) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int modules = qr.size + BORDER * 2;
		int pixels = modules * Math.max(1, scale);
		BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < pixels; y++) {
			for (int x = 0; x < pixels; x++) {
				boolean dark = qr.getModule(x / Math.max(1, scale) - BORDER, y / Math.max(1, scale) - BORDER);
				image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
