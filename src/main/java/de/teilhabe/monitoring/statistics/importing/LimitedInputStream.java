package de.teilhabe.monitoring.statistics.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and stops with {@link StatisticsFileException.Kind#TOO_LARGE}
 * beyond a limit: the zip bomb guard, independent of the sizes an archive declares.
 */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private long count;

	LimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			count(read);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count(skipped);
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void count(long bytes) {
		this.count += bytes;
		if (this.count > this.limit) {
			throw new StatisticsFileException(StatisticsFileException.Kind.TOO_LARGE,
					"The archive's file is larger than " + this.limit + " bytes uncompressed.",
					"monitoring.fileError.detail.archiveTooLarge", this.limit / (1024 * 1024));
		}
	}

}
