package newsdoc

// SitesPolicy returns a fresh policy with the rule packs of the sites
// whose pages the project tests on: where each keeps its article, with
// the page of ../shared/corpus/html the markup was read from. Their ids
// are the sites' own (artibody, endText, rwb_zw); a class, which other
// sites may share, counts only on a page known to be of the site. On a
// page of a site no rule names, [KeepArticle]'s scorer finds the article.
func SitesPolicy() *Policy {
	return NewPolicy().Add(
		ArticleIn("site-sina", "sina.com.cn", "div#artibody", "div.article").
			WithDoc("新浪: div#artibody.article (gne_sina_2.html, gne_sina_3.html), div#article.article (gne_sina_sina.html)"),
		ArticleIn("site-163", "163.com", "div#endText", "div.post_text").
			WithDoc("网易: div#endText.post_text (gne_163_1.html, gne_163_8.html)"),
		ArticleIn("site-qq", "qq.com", "div#Cnt-Main-Article-QQ", "div.content-article").
			WithDoc("腾讯: div#Cnt-Main-Article-QQ (gne_qq_2.html), div.content-article (gne_qq_qq.html)"),
		ArticleIn("site-ifeng", "ifeng.com", "div.js_selection_area").
			WithDoc("凤凰网: div#main_content.js_selection_area (gne_ifeng_3.html)"),
		ArticleIn("site-people", "people.com.cn", "div#rwb_zw", "div.rm_txt_con").
			WithDoc("人民网: div#rwb_zw (gne_people_1.html)"),
		ArticleIn("site-thepaper", "thepaper.cn", "div.news_txt").
			WithDoc("澎湃新闻: div.news_txt (gne_thepaper_1.html, gne_thepaper_2.html, gne_thepaper_3.html, gne_thepaper_5.html)"),
		ArticleIn("site-xinhuanet", "xinhuanet.com", "div#p-detail").
			WithDoc("新华网: div#p-detail (gne_xinhuanet_1.html)"),
		ArticleIn("site-toutiao", "toutiao.com", "div.article-content").
			WithDoc("今日头条: div.article-content (gne_toutiao_3.html, gne_toutiao_toutiao.html)"),
		ArticleIn("site-baijiahao", "baijiahao.baidu.com", "div.article-content").
			WithDoc("百家号: div.article-content (gne_baijiahao_1.html, gne_baijiahao_2.html)"),
		ArticleIn("site-guancha", "guancha.cn", "div.all-txt").
			WithDoc("观察者网: div.content.all-txt (gne_guancha_2.html, gne_guancha_guancha.html)"),
		ArticleIn("site-huanqiu", "huanqiu.com", "div.a-con").
			WithDoc("环球网: div.a-con (gne_huanqiu_1.html)"),
		ArticleIn("site-stcn", "stcn.com", "div#ctrlfscont", "div.txt_con").
			WithDoc("证券时报网: div#ctrlfscont.txt_con (gne_stcn_1.html)"),
		ArticleIn("site-wechat", "mp.weixin.qq.com", "div#js_content").
			WithDoc("微信公众号: div#js_content (gne_wechat_1.html)"),
	)
}
