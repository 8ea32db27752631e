package org.gioreport.template;

import java.util.List;

/**
 * What a web site prints around a report's article (navigation, the lines after its text, the footer): never a
 * report's words. The shared readers use it to find where a copied page's report ends and to keep page chrome
 * out of the organization, the title and the signature; the web-page layout uses it to recognise a copied page.
 * The template's own words are {@link TemplateLabels}.
 */
public final class SiteChrome {

    /** Lines a web site prints after a report's text (附件下载, 扫一扫…): the report has ended. */
    public static final List<String> AFTER_TEXT = List.of("附件下载", "扫一扫", "相关解读", "打印本页", "关闭窗口");

    /**
     * Lines of a web page's footer and of the lists after an article (主办单位, ICP备案, 上一篇, 相关链接…): the
     * report has ended, and no name after them (a link, an event, a site owner) is the report's signature.
     */
    public static final List<String> FOOTER = List.of("主办单位", "承办单位", "主办：", "承办：", "ICP备", "公网安备",
            "网站标识码", "版权所有", "技术支持", "网站地图", "联系我们", "友情链接", "相关链接", "相关文章", "相关新闻",
            "相关阅读", "上一篇", "下一篇", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到", "责任编辑");

    /** Words of a site's footer that no report's sentence holds (ICP备案号, 网站标识码…), wherever on a line. */
    public static final List<String> FOOTER_ANYWHERE = List.of("ICP备", "公网安备", "网站标识码", "版权所有");

    /** Words of a page's navigation (当前位置：首页 > …): a line holding one names no reporting body. */
    public static final List<String> NAVIGATION = List.of("当前位置", "您的位置", "您现在的位置", "所在位置", "首页>",
            ">>", "»", "›");

    private SiteChrome() {
    }
}
