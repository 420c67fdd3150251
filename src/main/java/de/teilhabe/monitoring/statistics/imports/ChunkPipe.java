package de.teilhabe.monitoring.statistics.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded pipe between the thread that parses a file and the thread that streams it
 * into PostgreSQL's COPY: at most {@code capacity} chunks of {@code chunkSize} bytes are
 * in flight, so memory stays flat whatever the file's size. (The JDK's piped streams poll
 * once a second and would stall the COPY.)
 */
final class ChunkPipe {

	private static final byte[] END = new byte[0];

	private final BlockingQueue<byte[]> chunks;

	private final int chunkSize;

	private volatile boolean readerClosed;

	ChunkPipe(int capacity, int chunkSize) {
		this.chunks = new ArrayBlockingQueue<>(capacity);
		this.chunkSize = chunkSize;
	}

	/** The writing end; {@link OutputStream#close()} marks the end of the data. */
	OutputStream output() {
		return new Output();
	}

	/** The reading end; closing it early makes the writer fail instead of block. */
	InputStream input() {
		return new Input();
	}

	private final class Output extends OutputStream {

		private byte[] buffer = new byte[ChunkPipe.this.chunkSize];

		private int count;

		private boolean closed;

		@Override
		public void write(int b) throws IOException {
			if (this.count == this.buffer.length) {
				send();
			}
			this.buffer[this.count++] = (byte) b;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			while (length > 0) {
				if (this.count == this.buffer.length) {
					send();
				}
				int n = Math.min(length, this.buffer.length - this.count);
				System.arraycopy(bytes, offset, this.buffer, this.count, n);
				this.count += n;
				offset += n;
				length -= n;
			}
		}

		private void send() throws IOException {
			if (this.count > 0) {
				put((this.count == this.buffer.length) ? this.buffer : Arrays.copyOf(this.buffer, this.count));
				this.buffer = new byte[ChunkPipe.this.chunkSize];
				this.count = 0;
			}
		}

		@Override
		public void close() throws IOException {
			if (!this.closed) {
				this.closed = true;
				send();
				put(END);
			}
		}

		private void put(byte[] chunk) throws IOException {
			try {
				while (!ChunkPipe.this.chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
					if (ChunkPipe.this.readerClosed) {
						throw new IOException("The database stopped reading the data.");
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Interrupted while handing data to the database.");
			}
		}

	}

	private final class Input extends InputStream {

		private byte[] current = new byte[0];

		private int position;

		private boolean ended;

		@Override
		public int read() throws IOException {
			if (!fill()) {
				return -1;
			}
			return this.current[this.position++] & 0xFF;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			int n = Math.min(length, this.current.length - this.position);
			System.arraycopy(this.current, this.position, bytes, offset, n);
			this.position += n;
			return n;
		}

		private boolean fill() throws IOException {
			while (!this.ended && this.position == this.current.length) {
				try {
					byte[] next = ChunkPipe.this.chunks.take();
					if (next == END) {
						this.ended = true;
					}
					else {
						this.current = next;
						this.position = 0;
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new InterruptedIOException("Interrupted while waiting for data.");
				}
			}
			return !this.ended;
		}

		@Override
		public void close() {
			ChunkPipe.this.readerClosed = true;
			ChunkPipe.this.chunks.clear();
		}

	}

}
