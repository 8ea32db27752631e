package org.gioreport.template;

import java.util.regex.Pattern;

/**
 * Whether a piece of a page can be a reporting body's name. A name is a bare name: a label ("标题：", "来源："), a
 * separator (：>|), a bracket or punctuation shows a line of page chrome or a sentence, never a name; an event
 * ("第十届进出口商品交易会") ends in 会 like few bodies do. Texts are in normalized form ({@link TemplateLabels#normalize}).
 */
final class OrganizationName {

    /** What a signature line of a body ends in; 会 only as the bodies that end in it (委员会, 联合会…), not events. */
    private static final Pattern BODY_SUFFIX = Pattern.compile(
            ".*(人民政府|政府|办公室|办公厅|局|委员会|管委会|联合会|协会|红十字会|委|办事处|街道|中心|院|署|厅|部|镇|乡|公司)$");
    /** Characters no name holds: label and navigation separators, brackets, sentence punctuation, digits. */
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[：:>＞<＜|｜»›/\\\\【】\\[\\]《》，,。；;！!？?、_=\\-—－0-9]");
    private static final int MAX_LENGTH = 40;

    private OrganizationName() {
    }

    /** A body's name as a title names it: any bare text of two characters or more. */
    static boolean isBareName(String text) {
        return text != null && text.length() >= 2 && text.length() <= MAX_LENGTH
                && !NOT_IN_A_NAME.matcher(text).find() && !text.contains("首页") && !text.startsWith("第")
                && SiteChrome.NAVIGATION.stream().noneMatch(text::contains);
    }

    /** A line that can be a signature's body: a bare name ending as a body's name does (局, 人民政府, 委员会…). */
    static boolean isSignatureName(String line) {
        return line.length() >= 3 && isBareName(line) && BODY_SUFFIX.matcher(line).matches();
    }
}
