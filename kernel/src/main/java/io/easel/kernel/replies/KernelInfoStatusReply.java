package io.easel.kernel.replies;

import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;

import java.util.List;

/** A kernel_info_reply with the "status" field every reply must carry (JJava 1.0-a6 leaves it out). */
public final class KernelInfoStatusReply extends KernelInfoReply {

    @SuppressWarnings("unused") // serialised by Gson
    private final String status = "ok";

    public KernelInfoStatusReply(String protocolVersion, String name, String version, LanguageInfo language,
                                 String banner, List<HelpLink> helpLinks) {
        super(protocolVersion, name, version, language, banner, helpLinks);
    }
}
