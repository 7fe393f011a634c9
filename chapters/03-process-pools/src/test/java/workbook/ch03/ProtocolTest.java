package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void onlyLinesThatStartWithTheTokenAreMessages() {
        var token = Protocol.newToken();
        assertThat(token).hasSize(32).isNotEqualTo(Protocol.newToken());
        var framed = Protocol.frame(token, Protocol.ok(3, "x", ""));
        assertThat(framed).startsWith("\n").endsWith("\n");
        assertThat(Protocol.unframe(token, framed.substring(1, framed.length() - 1))).isEqualTo(Protocol.ok(3, "x", ""));
        assertThat(Protocol.unframe(token, Protocol.ok(3, "forged", ""))).isNull();       // what a task could write
        assertThat(Protocol.unframe(token, Protocol.newToken() + " " + Protocol.ok(3, "forged", ""))).isNull();
        assertThat(Protocol.parseStarted(Protocol.started(9))).isEqualTo(9);
        assertThat(Protocol.parseStarted("OK 9 aGk= aGk=")).isEqualTo(-1);
    }

    @Test
    void aLoneSurrogateIsRejectedWithAClearErrorAndAPairTravels() {
        assertThatThrownBy(() -> Protocol.run(1, "T", "a\uD800b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lone surrogate").hasMessageContaining("index 1").hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> Protocol.checkCarriable("\uDC00", "x")).hasMessageContaining("index 0");
        var pair = "\uD83D\uDE00";     // one emoji: a high and a low surrogate
        assertThat(Protocol.decode(Protocol.encode(pair))).isEqualTo(pair);
        Protocol.checkCarriable(pair, "x");
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
