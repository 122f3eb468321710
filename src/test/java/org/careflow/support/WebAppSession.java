package org.careflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The web apps' own API as Tasklist calls it: logged in with a session cookie, each change carrying
 * the CSRF token the web apps hand out in a cookie.
 */
public final class WebAppSession {

    private static final String CSRF_COOKIE = "XSRF-TOKEN";
    private static final String CSRF_HEADER = "X-XSRF-TOKEN";

    private final TestRestTemplate http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private WebAppSession(TestRestTemplate http) {
        this.http = http;
    }

    public static WebAppSession login(TestRestTemplate anonymous, String user, String password) {
        WebAppSession session = new WebAppSession(anonymous);
        session.keepCookies(anonymous.getForEntity("/camunda/app/tasklist/", String.class));
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders headers = session.headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = anonymous.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        if (!login.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("Tasklist login of " + user + " failed: " + login.getStatusCode() + " " + login.getBody());
        }
        session.keepCookies(login);
        // The login starts a new session, whose CSRF token the next request hands out.
        session.keepCookies(anonymous.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(session.headers()), String.class));
        return session;
    }

    public ResponseEntity<JsonNode> post(String path, Object body) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        keepCookies(response);
        return response;
    }

    /** Any request without a body (GET, DELETE), carrying the session and its CSRF token. */
    public ResponseEntity<String> exchange(HttpMethod method, String path) {
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(headers()), String.class);
        keepCookies(response);
        return response;
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        cookies.forEach((name, value) -> headers.add(HttpHeaders.COOKIE, name + "=" + value));
        if (cookies.containsKey(CSRF_COOKIE)) {
            headers.set(CSRF_HEADER, cookies.get(CSRF_COOKIE));
        }
        return headers;
    }

    private void keepCookies(ResponseEntity<?> response) {
        for (String header : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            List<HttpCookie> parsed = HttpCookie.parse(header);
            parsed.forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
        }
        String token = response.getHeaders().getFirst(CSRF_HEADER);
        if (token != null) {
            cookies.put(CSRF_COOKIE, token);
        }
    }
}
