package io.stackup.core.settings;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes an uploaded logo safe to serve: at most {@value #MAX_BYTES} bytes, a PNG or JPEG by its content (not its name
 * or declared type), decoded (refusing images over {@value #MAX_SOURCE_PIXELS} pixels before their pixels are read, so
 * a small file cannot claim a huge picture), scaled to fit {@value #MAX_WIDTH} x {@value #MAX_HEIGHT} and written anew
 * as a PNG. Nothing of the upload but its pixels survives: no metadata, no bytes after the image's end, no other
 * format that a browser might sniff.
 */
public final class LogoImages {

    /** The largest upload, 1 MiB. */
    public static final int MAX_BYTES = 1024 * 1024;

    public static final int MAX_WIDTH = 400;
    public static final int MAX_HEIGHT = 120;

    /** The largest picture decoded: 25 megapixels (e.g. 5000 x 5000). */
    static final long MAX_SOURCE_PIXELS = 25_000_000L;

    private static final Set<String> FORMATS = Set.of("png", "jpeg");

    /** A re-encoded logo. */
    public record Logo(byte[] png, int width, int height) {}

    private LogoImages() {}

    /**
     * The logo of {@code upload}, re-encoded.
     *
     * @throws SettingsValidationException at {@code $.logo} for a file too large, not a PNG or JPEG, too large a
     *     picture, or one that does not decode
     */
    public static Logo reencode(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw invalid("is larger than 1 MB (" + upload.length + " bytes); upload a smaller PNG or JPEG");
        }
        if (upload.length == 0) {
            throw invalid("is empty; upload a PNG or JPEG image");
        }
        BufferedImage source = decode(upload);
        double scale = Math.min(
                1.0, Math.min((double) MAX_WIDTH / source.getWidth(), (double) MAX_HEIGHT / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(target, "png", png)) {
                throw new IllegalStateException("No PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Logo(png.toByteArray(), width, height);
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            if (in == null) {
                throw invalid("could not be read; upload a PNG or JPEG image");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format) && !format.equals("jpg")) {
                    reader.dispose();
                    continue;
                }
                try {
                    reader.setInput(in, true, true);
                    long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                    if (pixels > MAX_SOURCE_PIXELS || pixels <= 0) {
                        throw invalid("is too large a picture (" + reader.getWidth(0) + " x " + reader.getHeight(0)
                                + " pixels); upload one of at most 25 megapixels");
                    }
                    BufferedImage image = reader.read(0);
                    if (image == null) {
                        throw invalid("could not be decoded; upload a PNG or JPEG image");
                    }
                    return image;
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SettingsValidationException refused) {
                throw refused;
            }
            throw invalid("could not be decoded as a PNG or JPEG image; upload one of those");
        }
        throw invalid("is not a PNG or JPEG image; upload one of those (SVG, GIF and others are not accepted)");
    }

    private static SettingsValidationException invalid(String message) {
        return SettingsValidationException.of("logo", message);
    }
}
