package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ProtocolTest {

    @Test
    void textWithSpacesAndNewlinesSurvivesTheRoundTrip() {
        var reply = Protocol.parseReply(Protocol.ok(7, "a b\nc", "printed\nlines\n"));
        assertThat(reply).isEqualTo(new Protocol.Reply(true, 7, "a b\nc", "printed\nlines\n"));
        assertThat(Protocol.parseReply(Protocol.err(8, "boom", ""))).isEqualTo(new Protocol.Reply(false, 8, "boom", ""));
    }

    @Test
    void anythingElseIsMalformed() {
        assertThat(Protocol.parseReply(null)).isNull();
        assertThat(Protocol.parseReply("hello")).isNull();
        assertThat(Protocol.parseReply("OK 1 aGk=")).isNull();           // a field missing
        assertThat(Protocol.parseReply("OK x aGk= aGk=")).isNull();       // not a number
        assertThat(Protocol.parseReply("OK 1 !!! aGk=")).isNull();        // not Base64
        assertThat(Protocol.parseReady("READY 42")).isEqualTo(42);
        assertThat(Protocol.parseReady("[warning][cds] something")).isEqualTo(-1);
    }
}
