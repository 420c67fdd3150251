package de.teilhabe.platform;

import de.teilhabe.shared.web.HtmxPages;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class HtmxPagesTest {

	@Test
	void normalRequestGetsTheWholePage() {
		assertThat(HtmxPages.pageOrContent(new MockHttpServletRequest(), "access/start")).isEqualTo("access/start");
	}

	@Test
	void htmxRequestGetsTheFragment() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("HX-Request", "true");
		assertThat(HtmxPages.pageOrContent(request, "access/start")).isEqualTo("access/start :: content");
		assertThat(HtmxPages.pageOrFragment(request, "network/list", "results")).isEqualTo("network/list :: results");
	}

	@Test
	void boostedRequestsAndHistoryRestoresGetTheWholePage() {
		for (String header : new String[] { "HX-Boosted", "HX-History-Restore-Request" }) {
			MockHttpServletRequest request = new MockHttpServletRequest();
			request.addHeader("HX-Request", "true");
			request.addHeader(header, "true");
			assertThat(HtmxPages.pageOrContent(request, "access/start")).isEqualTo("access/start");
		}
	}

}
