package newsdoc

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// creditBodySentence is the body paragraph every credit case carries: it
// must stay in the body while the credit lines are lifted out.
const creditBodySentence = "正文一句话。"

// creditCase is a credit line found in the corpus and what Parse lifts out
// of it. With lines set, the body is one <p> per line, then the sentence.
// With html set, it is the given markup (the sentence included) as the
// corpus writes it. removed are the texts reported under rule, one per
// lifted paragraph; they default to the normalized lines.
type creditCase struct {
	name    string
	lines   []string
	html    string
	want    Credits
	rule    string
	removed []string
}

func (c creditCase) body() string {
	if c.html != "" {
		return "<div>" + c.html + "</div>"
	}
	var b strings.Builder
	b.WriteString("<div>")
	for _, l := range c.lines {
		b.WriteString("<p>\u3000\u3000" + l + "</p>\n")
	}
	b.WriteString("<p>\u3000\u3000" + creditBodySentence + "</p></div>")
	return b.String()
}

func (c creditCase) wantRemoved() []Removal {
	rule := c.rule
	if rule == "" {
		rule = "credits"
	}
	texts := c.removed
	if texts == nil {
		for _, l := range c.lines {
			texts = append(texts, Normalize(l))
		}
	}
	var out []Removal
	for _, t := range texts {
		out = append(out, Removal{Rule: rule, Element: "p", Text: t})
	}
	return out
}

var creditCases = []creditCase{
	// 原标题 and 来源
	{name: "title and source on one line",
		lines: []string{"原标题：重磅！北京市政府工作报告全文发布 来源：北京日报"},
		want:  Credits{OriginalTitle: "重磅！北京市政府工作报告全文发布", Source: "北京日报"}},
	{name: "title without colon",
		html:    `<p>　　<font cms-style="strong-Bold color330">原标题 “看得出这个寺庙在中国吗？”当地回应</font></p><p>正文一句话。</p>`,
		want:    Credits{OriginalTitle: "“看得出这个寺庙在中国吗？”当地回应"},
		removed: []string{"原标题 “看得出这个寺庙在中国吗？”当地回应"}},
	{name: "title with a colon and a space inside",
		lines: []string{"原标题：商务部：中国已经完成RCEP核准 详解RCEP规则亮点"},
		want:  Credits{OriginalTitle: "商务部：中国已经完成RCEP核准 详解RCEP规则亮点"}},
	{name: "source",
		lines: []string{"来源：北京日报"},
		want:  Credits{Source: "北京日报"}},
	{name: "source with space after colon",
		lines: []string{"来源： 健康上海12320"},
		want:  Credits{Source: "健康上海12320"}},
	{name: "source with bar split by markup",
		html: `<p cms-style="font-L">　　<font cms-style="font-L"><font cms-style="font-L strong-Bold">来源|</font></font>` +
			`<font cms-style="font-L"><font cms-style="font-L strong-Bold">九派新闻、新华每日电</font></font>` +
			`<font cms-style="font-L"><font cms-style="font-L strong-Bold">讯</font></font></p><p>正文一句话。</p>`,
		want:    Credits{Source: "九派新闻、新华每日电讯"},
		removed: []string{"来源|九派新闻、新华每日电讯"}},
	{name: "print edition",
		lines: []string{"《 人民日报海外版 》（ 2021年09月20日   第 03 版）"},
		want:  Credits{Source: "人民日报海外版"}},

	// 作者, 文, 记者
	{name: "author",
		lines: []string{"作者：辛继召"},
		want:  Credits{Authors: []string{"辛继召"}}},
	{name: "author in brackets",
		lines: []string{"（作者：赵子健）"},
		want:  Credits{Authors: []string{"赵子健"}}},
	{name: "author with e-mail",
		lines: []string{"作者：余源（andyy1988@126.com）"},
		want:  Credits{Authors: []string{"余源"}}},
	{name: "authors over two lines with spaced names",
		lines: []string{"作者 | 陶   陶  马舒叶  侯燕婷", "冯晓亭  谢中秀  张   琳"},
		want:  Credits{Authors: []string{"陶陶", "马舒叶", "侯燕婷", "冯晓亭", "谢中秀", "张琳"}}},
	{name: "wen bar with newsroom",
		lines: []string{"文|新浪财经 杨雪梅 原祎鸣 刘娜 刘丽丽"},
		want:  Credits{Authors: []string{"杨雪梅", "原祎鸣", "刘娜", "刘丽丽"}}},
	{name: "wen glued to newsroom and name",
		lines: []string{"►文观察者网鞠峰"},
		want:  Credits{Authors: []string{"鞠峰"}}},
	{name: "wen spaced with arrow in markup",
		html: `<p cms-style="font-L">　　<font cms-style="font-L"><font cms-style="font-L strong-Bold color330"><font cms-style="font-L strong-Bold color330">► </font></font></font>` +
			`<font cms-style="font-L strong-Bold color330">文 观察者网 邢晓楠</font></p><p>正文一句话。</p>`,
		want:    Credits{Authors: []string{"邢晓楠"}},
		removed: []string{"► 文 观察者网 邢晓楠"}},
	{name: "reporters with colon",
		lines: []string{"记者：有之炘 赵逸赫"},
		want:  Credits{Authors: []string{"有之炘", "赵逸赫"}}},
	{name: "newsroom reporter",
		lines: []string{"澎湃新闻记者 陈绪厚"},
		want:  Credits{Authors: []string{"陈绪厚"}}},
	{name: "reporter and trainee reporter",
		lines: []string{"本报记者 包兴安 见习记者 杨 洁"},
		want:  Credits{Authors: []string{"包兴安", "杨洁"}}},
	{name: "bracketed bureau reporter",
		lines: []string{"（深圳商报驻京记者 宋华）"},
		want:  Credits{Authors: []string{"宋华"}}},
	{name: "bracketed station reporter",
		lines: []string{"（总台记者 金珠）"},
		want:  Credits{Authors: []string{"金珠"}}},
	{name: "newsroom reporters",
		lines: []string{"红星新闻记者 叶燕 宋嘉问"},
		want:  Credits{Authors: []string{"叶燕", "宋嘉问"}}},
	{name: "newsroom with web address and dateline",
		lines: []string{"华夏时报（www.chinatimes.net.cn）记者 王悦 徐芸茜 北京报道"},
		want:  Credits{Authors: []string{"王悦", "徐芸茜"}}},

	// 编辑 and 责任编辑
	{name: "editor",
		lines: []string{"编辑 辛婧"},
		want:  Credits{Editors: []string{"辛婧"}}},
	{name: "newsroom editor with trailing spaces",
		lines: []string{"每经编辑 黄胜    "},
		want:  Credits{Editors: []string{"黄胜"}}},
	{name: "editor bar with spaced name",
		lines: []string{"编辑 |  曹   杨"},
		want:  Credits{Editors: []string{"曹杨"}}},
	{name: "responsible editor with staff code",
		lines: []string{"责任编辑：刘万里 SF014"},
		want:  Credits{ResponsibleEditors: []string{"刘万里"}}},
	{name: "sina article-editor class",
		html:    `<p>正文一句话。</p><p class="article-editor">责任编辑：李思阳 </p>`,
		want:    Credits{ResponsibleEditors: []string{"李思阳"}},
		rule:    "sina-editor",
		removed: []string{"责任编辑：李思阳"}},
	{name: "sina article-editor class with staff code",
		html:    `<p>正文一句话。</p><p class="article-editor">责任编辑：刘万里 SF014</p>`,
		want:    Credits{ResponsibleEditors: []string{"刘万里"}},
		rule:    "sina-editor",
		removed: []string{"责任编辑：刘万里 SF014"}},
	{name: "sina ori_titlesource class",
		html:    `<p class="ori_titlesource">　　原标题：0卡0糖饮料是否健康？专家建议每天保证1.5升以上饮水量 来源：央视</p><p>正文一句话。</p>`,
		want:    Credits{OriginalTitle: "0卡0糖饮料是否健康？专家建议每天保证1.5升以上饮水量", Source: "央视"},
		rule:    "sina-title-source",
		removed: []string{"原标题：0卡0糖饮料是否健康？专家建议每天保证1.5升以上饮水量 来源：央视"}},

	// Lines of one paragraph (<br>)
	{name: "credit lines in one paragraph",
		html:    `<p>编辑|禤志杰<br>责编|陈梦莹<br>来源|广州参考、羊城晚报</p><p>正文一句话。</p>`,
		want:    Credits{Source: "广州参考、羊城晚报", Editors: []string{"禤志杰"}, ResponsibleEditors: []string{"陈梦莹"}},
		removed: []string{"编辑|禤志杰\n责编|陈梦莹\n来源|广州参考、羊城晚报"}},
	{name: "a credit line closing a paragraph of lines",
		html:    `<p>正文一句话。<br>编辑：王琳</p>`,
		want:    Credits{Editors: []string{"王琳"}},
		removed: []string{"编辑：王琳"}},

	// Others
	{name: "chart credit",
		lines: []string{"图表：张海彤"},
		want:  Credits{Others: []Credit{{Label: "图表", Name: "张海彤"}}}},
	{name: "produced by",
		lines: []string{"燃财经出品"},
		want:  Credits{Others: []Credit{{Label: "出品", Name: "燃财经"}}}},
}

func TestCredits(t *testing.T) {
	for _, c := range creditCases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Parse(strings.NewReader(c.body()))
			require.NoError(t, err)
			assert.Equal(t, c.want, doc.Credits, "credits of %q", c.body())
			assert.Equal(t, []string{creditBodySentence}, paraTextsOf(doc), "body of %q", c.body())
		})
	}
}

func TestCreditsRemovals(t *testing.T) {
	for _, c := range creditCases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Parse(strings.NewReader(c.body()), WithRemovals())
			require.NoError(t, err)
			assert.Equal(t, c.wantRemoved(), doc.Removed, "removals of %q", c.body())
		})
	}
}

// TestCreditsFalseFriends holds corpus paragraphs that start like a credit
// line or hold a credit word but are body text: they must stay in the body
// whole, and give no credit but the reporters a dateline opens with.
func TestCreditsFalseFriends(t *testing.T) {
	cases := []struct {
		name, text string
		authors    []string
	}{
		{"dateline with reporter in brackets", "新华社北京3月22日电（记者孙少龙）民政部22日发布消息，民政部等22部门联合发布通知，进一步加大打击整治非法社会组织力度，全方位铲除非法社会组织滋生土壤，净化社会组织生态空间。", []string{"孙少龙"}},
		{"benbaoxun with reporter", "本报讯（记者 张维）8月23日，西安市统计局发布1-7月经济运行情况表明，前7个月，西安市生产稳中有升，需求持续增长，就业物价总体稳定，经济延续稳定恢复态势。", []string{"张维"}},
		{"benbaoxun with reporter, short", "本报讯（记者 张维）8月23日，西安市统计局发布…", []string{"张维"}},
		{"bracket byline opening a sentence", "【环球时报记者 赵觉珵 胡雨薇】中美“乒乓外交”50周年纪念活动24日在北京首钢园区举行。", []string{"赵觉珵", "胡雨薇"}},
		{"bracket byline opening a sentence, short", "【环球时报记者 赵觉珵 胡雨薇】中美“乒乓外交”50周年…", []string{"赵觉珵", "胡雨薇"}},
		{"reporter as subject", "极目新闻记者查阅公开资料发现，深受网友关注的“大连日本风情街”位于大连市金州区，实为当地文旅项目盛唐小京都的一部分。", nil},
		{"source as a common word", "从来源地看，“一带一路”沿线国家、东盟、欧盟实际投资同比分别增长54.1%、56%和16.8%（含通过自由港投资数据）。", nil},
		{"persona line with bar", "小羊 | 18岁 网络编辑", nil},
		{"persona line with gun", "白小小丨22岁 商务", nil},
		{"image source caption", "来源/燃财经截图", nil},
		{"numbered persona", "人物1：李鑫|23岁 云南大理客栈老板", nil},
		{"reporter noticed", "记者注意到，龙湖近年来营业支出的增速远高于其营收和净利的增速。", nil},
		{"reporter noticed, short", "记者注意到，…", nil},
		{"author bio in brackets", "（刘元春，中国人民大学副校长）", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := "<div><p>\u3000\u3000" + c.text + "</p><p>" + creditBodySentence + "</p></div>"
			doc, err := Parse(strings.NewReader(body), WithRemovals())
			require.NoError(t, err)
			assert.Equal(t, c.authors, doc.Credits.Authors, "authors from %q", c.text)
			doc.Credits.Authors = nil
			assert.Equal(t, Credits{}, doc.Credits, "credits from %q", c.text)
			assert.Equal(t, []string{c.text, creditBodySentence}, paraTextsOf(doc))
			assert.Empty(t, doc.Removed, "removals from %q", c.text)
		})
	}
}

func TestCreditGrammarLine(t *testing.T) {
	g := defaultGrammar()
	type seg struct {
		label string
		names []string
		value string
	}
	cases := []struct {
		name    string
		text    string
		lenient bool
		want    []seg // nil: not a credit line
	}{
		{"title and source", "原标题：重磅！北京市政府工作报告全文发布 来源：北京日报", false,
			[]seg{{"原标题", nil, "重磅！北京市政府工作报告全文发布"}, {"来源", nil, "北京日报"}}},
		{"two reporter labels", "本报记者 包兴安 见习记者 杨 洁", false,
			[]seg{{"本报记者", []string{"包兴安"}, "包兴安"}, {"见习记者", []string{"杨洁"}, "杨 洁"}}},
		{"staff code dropped", "责任编辑：刘万里 SF014", false, []seg{{"责任编辑", []string{"刘万里"}, "刘万里 SF014"}}},
		{"dateline byline", "华夏时报（www.chinatimes.net.cn）记者 王悦 徐芸茜 北京报道", false,
			[]seg{{"记者", []string{"王悦", "徐芸茜"}, "王悦 徐芸茜 北京报道"}}},
		{"produced by", "燃财经出品", false, []seg{{"出品", []string{"燃财经"}, "燃财经"}}},
		{"a chapter titled with a role's word", "第二章 设计", true, nil},
		{"a section titled with a role's word", "一、编辑", true, nil},
		{"a name glued to its label, a dateline after a slash", "記者扶小萍/南投報導", false,
			[]seg{{"記者", []string{"扶小萍"}, "扶小萍/南投報導"}}},
		{"a name of two before 文/图", "本报记者 王军文/图", false,
			[]seg{{"本报记者", []string{"王军"}, "王军"}, {"图", []string{"王军"}, ""}}},
		{"text and photo glued after the name", "本报记者 吴淑兰文/图", false,
			[]seg{{"本报记者", []string{"吴淑兰"}, "吴淑兰"}, {"图", []string{"吴淑兰"}, ""}}},
		{"names without a label are no credit in the body", "工商時報 鄭妤安 呂欣芷", false, nil},
		{"an author's label after the name and a slash", "张如良/文", true, []seg{{"文", []string{"张如良"}, ""}}},
		{"no name before the slash and the label", "这是上下/文", true, nil},
		{"words before a label that credits no one", "这是上下/撰文", true, nil},
		{"a name between bars of a dated line", "2022-04-15 | 尹鸿 | 来源 新华社", true,
			[]seg{{"作者", []string{"尹鸿"}, ""}, {"来源", nil, "新华社"}}},
		{"where a photo comes from", "图源：视觉中国", false, []seg{{"图源", []string{"视觉中国"}, "视觉中国"}}},
		{"the photo over the article", "題圖／中央社", false, []seg{{"題圖", []string{"中央社"}, "中央社"}}},
		{"who took the photo, before 拍摄", "王东拍摄", true, []seg{{"拍摄", []string{"王东"}, "王东"}}},
		{"whose account the piece is", "口述：张三 整理：李四", true, []seg{{"口述", []string{"张三"}, "张三"}, {"整理", []string{"李四"}, "李四"}}},
		{"a label the grammar does not know keeps the line whole", "述评：张三 整理：李四", true, nil},
		{"@ between a role and the name", "攝影師@任世明", false, []seg{{"攝影師", []string{"任世明"}, "任世明"}}},
		{"a widget's words run into a meta label", "来源:福鼎新闻网 作者:薛宗碧 点击图片浏览下一页", false,
			[]seg{{"来源", nil, "福鼎新闻网"}, {"作者", []string{"薛宗碧"}, "薛宗碧"}}},
		{"names without a label in a byline", "工商時報 鄭妤安 呂欣芷", true, []seg{{"作者", []string{"鄭妤安", "呂欣芷"}, ""}}},
		{"an affiliation in brackets is no byline", "（刘元春，中国人民大学副校长）", true, nil},
		{"sentence", "记者注意到，龙湖近年来营业支出的增速远高于其营收和净利的增速。", false, nil},
		{"label then a sentence", "编辑部认为，这是一次成功的改版。", false, nil},
		{"line with a br", "编辑：王琳\n正文", false, nil},
		{"label printed with spaces", "编 辑:苏 伟  三 审:罗 华", false,
			[]seg{{"编辑", []string{"苏伟"}, "苏 伟"}, {"三审", []string{"罗华"}, "罗 华"}}},
		{"spaced words that make no label", "我 们 说:好", false, nil},
		{"text and photos by the reporter", "读特记者 齐霁 文/ 图", false,
			[]seg{{"记者", []string{"齐霁"}, "齐霁"}, {"图", []string{"齐霁"}, ""}}},
		{"photo provided, as a sentence", "照片由陳淏提供", true, []seg{{"照片", []string{"陳淏"}, "陳淏"}}},
		{"something else provided", "奖品由赞助商提供", true, nil},
		{"a desk for the author", "作者:編輯部", false, []seg{{"作者", nil, "編輯部"}}},
		{"a desk's role and its people", "摄影部/谭金燕 梁钰贤", false, []seg{{"摄影", []string{"谭金燕", "梁钰贤"}, "谭金燕 梁钰贤"}}},
		{"credits apart by an ASCII semicolon", "文/蔡易澄;人物攝影/汪正翔", false,
			[]seg{{"文", []string{"蔡易澄"}, "蔡易澄"}, {"人物攝影", []string{"汪正翔"}, "汪正翔"}}},
		{"a county media centre before its reporters", "平輿融媒 常啟慧 朱青 單江坤", true, []seg{{"作者", []string{"常啟慧", "朱青", "單江坤"}, ""}}},
		{"a date after an English label, then a bracket", "Posted: 2025-07-21【作者:編輯部】", true, []seg{{"作者", nil, "編輯部"}}},
		{"a widget's words after the credits", "作者:kers 来源:科技在线 2017-03-30 17:00 收藏成功收藏本文", true,
			[]seg{{"作者", []string{"kers"}, "kers"}, {"来源", nil, "科技在线"}}},
		{"a footer's roles", "值班主任：明心武  编审：陈昱鑫", false,
			[]seg{{"值班主任", []string{"明心武"}, "明心武"}, {"编审", []string{"陈昱鑫"}, "陈昱鑫"}}},
		{"a hotline and bars after the editor", "■编辑：阿水 || 新闻热线：96009999", false, []seg{{"编辑", []string{"阿水"}, "阿水"}}},
		{"a desk and a view counter on a date line", "2024-10-31 15:17 編輯中心 點閱:0", true, nil},
		{"a marker before a name alone", "□  初墨", true, []seg{{"作者", []string{"初墨"}, ""}}},
		{"family name apart from the given name", "记者 王 小明 李 华", false,
			[]seg{{"记者", []string{"王小明", "李华"}, "王 小明 李 华"}}},
		{"job title after the outlet", "文 / 徐邦浩(馬祖通訊社 )社長", false,
			[]seg{{"文", []string{"徐邦浩"}, "徐邦浩(馬祖通訊社 )社長"}}},
		{"name, then its role", "記者鄭穎暄/攝影 |", true, []seg{{"攝影", []string{"鄭穎暄"}, "鄭穎暄"}}},
		{"a name, then the photo's mark", "(小尘4x/图)", true, []seg{{"图", []string{"小尘4x"}, "小尘4x"}}},
		{"organisation, then provided", "大武警分局/提供", true, []seg{{"提供", []string{"大武警分局"}, "大武警分局"}}},
		{"a translator's single-character label", "文/ 魏簡;譯/陳慧穎", false,
			[]seg{{"文", []string{"魏簡"}, "魏簡"}, {"譯", []string{"陳慧穎"}, "陳慧穎"}}},
		{"who lent the works", "整理/陳怡慈;作品提供/何經泰", false,
			[]seg{{"整理", []string{"陳怡慈"}, "陳怡慈"}, {"作品提供", []string{"何經泰"}, "何經泰"}}},
		{"a reporter with the report glued after", "記者黃 啟安報道;攝影:蔡家緯", false,
			[]seg{{"記者", []string{"黃啟安"}, "黃 啟安報道"}, {"攝影", []string{"蔡家緯"}, "蔡家緯"}}},
		{"a reporter's place with the report glued after", "记者郑州市报道", false, []seg{{"记者", nil, "郑州市报道"}}},
		{"a county of Taiwan, then the name", "彰化／戴榮懋 責任編輯／蔡尚晉", true,
			[]seg{{"作者", []string{"戴榮懋"}, ""}, {"責任編輯", []string{"蔡尚晉"}, "蔡尚晉"}}},
		{"a name, then the writer's town", "(廖哲雄/台南善化)", true, []seg{{"作者", []string{"廖哲雄"}, ""}}},
		{"two places are no byline", "台北/高雄", true, nil},
		{"a studio's name before the photographer's", "攝影|日常散步 李盈靜", false, []seg{{"攝影", []string{"李盈靜"}, "日常散步 李盈靜"}}},
		{"an outlet's name before the author's", "作者＼生活報橘 蔡芷庭", false, []seg{{"作者", []string{"蔡芷庭"}, "生活報橘 蔡芷庭"}}},
		{"a converter's pinyin glosses and an account's ID", "來(lái)源|劉渝民談推廣  ID:liuyumin3578", false, []seg{{"來源", nil, "劉渝民談推廣"}}},
		{"a brand's Chinese and Latin names glued, then the reporter", "新頭殼newtalk |黃子暘 台北市報導", true, []seg{{"作者", []string{"黃子暘"}, ""}}},
		{"a poster's handle before the meta word is no credit", "|  LCF 发布于 2015-07-11  | 新闻来源:欧洲时报德国版", true, []seg{{"来源", nil, "欧洲时报德国版"}}},
		{"names alone under the headline", "冯晓亭  谢中秀  张   琳", true, []seg{{"作者", []string{"冯晓亭", "谢中秀", "张琳"}, ""}}},
		{"places alone are no names", "王府井 张家界", true, nil},
		{"names alone in the body are no byline", "郭立新 許慧君", false, nil},
		{"a marker before each credit, the source left empty", "※发布时间:2018-4-21 15:55:02   ※发布作者:habao   ※出自何处:", false,
			[]seg{{"发布作者", []string{"habao"}, "habao"}, {"出自何处", nil, ""}}},
		{"a work's title before the photographer", "《橘园采摘忙》 皇甫泽华 摄", true, []seg{{"摄", []string{"皇甫泽华"}, "皇甫泽华"}}},
		{"an outlet and its column beside a date name no one", "2019-10-31 基督教論壇報 / 華人教會", true, nil},
		{"an outlet and a reporter beside a date", "国际日报 王小明 2022-06-08", true, []seg{{"作者", []string{"王小明"}, ""}}},
		{"a note that the news above is reprinted", "【以上新闻转载自世界日报】", false, []seg{{"以上新闻转载自", nil, "世界日报"}}},
		{"a name beside the page's meta in brackets", "杨文凯 (发表日期:2023-09-07 15:42:51 阅读人次:51 回复数:0)", true, []seg{{"作者", []string{"杨文凯"}, ""}}},
		{"what a photo is and where it was taken from", "【記者/林芷君 首圖/示意圖,取自Unsplash】", false,
			[]seg{{"記者", []string{"林芷君"}, "林芷君"}, {"首圖", []string{"Unsplash"}, "示意圖,取自Unsplash"}}},
		{"an opinion piece's writer before the label", "余陽洲/觀點投書", true, []seg{{"觀點投書", []string{"余陽洲"}, ""}}},
		{"a call for opinion pieces names no one", "歡迎觀點投書", true, nil},
		{"a division slash for a slash", "記者陳木隆∕宜蘭報導", false, []seg{{"記者", []string{"陳木隆"}, "陳木隆／宜蘭報導"}}},
		{"a place and the report apart by a space after a slash", "記者:林家慶 / 嘉義縣 報導", false, []seg{{"記者", []string{"林家慶"}, "林家慶 / 嘉義縣 報導"}}},
		{"text and photos by the reporter, after a slash", "青年报·青春上海记者 郭颖/文图", true,
			[]seg{{"记者", []string{"郭颖"}, "郭颖"}, {"图", []string{"郭颖"}, ""}}},
		{"a reading widget is no name", "刊发日期:2023-09-06 阅读次数: 作者:  语音阅读:", true, []seg{{"作者", nil, ""}}},
		{"an English weekday beside a date", "Friday, May 26, 2006", true, nil},
		{"who chaired", "主持:王晓菁", false, []seg{{"主持", []string{"王晓菁"}, "王晓菁"}}},
		{"a journal's citation after its name", "来源:中国地市报人, 2022, S2: 81-82.", false, []seg{{"来源", nil, "中国地市报人"}}},
		{"a byline marked with ◎, an affiliation after", "◎林宇軒(北藝大文跨所碩士生)", true, []seg{{"作者", []string{"林宇軒"}, ""}}},
		{"an agency's initials beside the photographer", "Photo: RNZ / YITING LIN", false, []seg{{"Photo", []string{"YITING LIN"}, "RNZ / YITING LIN"}}},
		{"an agency's initials alone", "Photo: AFP", false, []seg{{"Photo", []string{"AFP"}, "AFP"}}},
		{"a Latin name with accents is one name", "攝影/Gelée Lai", false, []seg{{"攝影", []string{"Gelée Lai"}, "Gelée Lai"}}},
		{"a name and the same in Latin letters", "人物攝影/吳翛 Wu René", false, []seg{{"人物攝影", []string{"吳翛"}, "吳翛 Wu René"}}},
		{"a reporter's name with no family name of China, then the role", "関谷智 / 国際部記者", true,
			[]seg{{"記者", []string{"関谷智"}, ""}}},
		{"the reprint's permission after the author", "作者:壹叔,作者授权早读课转载。", false, []seg{{"作者", []string{"壹叔"}, "壹叔"}}},
		{"a document's number and a bare tag label are meta", "文档序号:32700526发布日期:2022-12-27 22:33阅读:30来源:国知局 TAG:", false,
			[]seg{{"来源", nil, "国知局"}}},
		{"the permission is no name", "作者:壹叔，经授权转载", false, []seg{{"作者", []string{"壹叔"}, "壹叔"}}},
		{"empty", "", false, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mode := lineMode(0)
			if c.lenient {
				mode = modeByline
			}
			cl, ok := g.line(c.text, mode, nil)
			if c.want == nil {
				assert.False(t, ok && len(cl.segs) > 0, "line(%q) = %+v", c.text, cl.segs)
				return
			}
			require.True(t, ok, "line(%q)", c.text)
			var got []seg
			for _, s := range cl.segs {
				got = append(got, seg{s.label.label, s.names, s.value})
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestPhotoCreditAfterSentence: a photographer's credit glued after the
// last sentence of a caption is recorded, and the caption keeps all of
// its text: the sentence before an outlet's 记者 is no outlet's name.
func TestPhotoCreditAfterSentence(t *testing.T) {
	for _, text := range []string{
		"金泳三在任时韩国遭遇外汇危机。中新社记者 吴旭 摄",
		"金泳三在任时韩国遭遇外汇危机。中新社记者 吴旭 摄”",
	} {
		doc, err := Parse(strings.NewReader("<p>"+text+"</p>"), WithInput(InputBody), WithRemovals())
		require.NoError(t, err)
		assert.Equal(t, []string{text}, paraTextsOf(doc), "%q", text)
		assert.Empty(t, doc.Removed, "%q", text)
		assert.Equal(t, []Credit{{Label: "摄", Name: "吴旭"}}, doc.Credits.Others, "%q", text)
	}
}

// TestProvidedInBrackets: who provided a caption's photo, alone in
// brackets at its end ((屏南社大提供)), is credited; a label inside the
// bracket ((圖／桃竹苗分署提供)) is read as the label.
func TestProvidedInBrackets(t *testing.T) {
	for text, want := range map[string][]Credit{
		"日語班演唱日本歌曲淚光閃閃，總幹事張順興全程紀錄。(屏南社大提供)": {{Label: "提供", Name: "屏南社大"}},
		"署長黃齡玉與貴賓大合影。(圖／桃竹苗分署提供)":           {{Label: "圖", Name: "桃竹苗分署"}},
		"束星北所著《狹義相對論》首書(圖片由田崢提供)":           {{Label: "圖片", Name: "田崢"}},
		"嘉義縣長翁章梁今天到中埔鄉視察防颱措施/嘉義縣府提供":        {{Label: "提供", Name: "嘉義縣府"}},
		"花蓮市區老房子 / Sun 攝":                   {{Label: "攝", Name: "Sun"}},
		"颱風楊柳逼近 陳文顧呼籲鄉親做好防颱/圖金湖鎮公所提供":       {{Label: "圖", Name: "金湖鎮公所"}},
		"我們會盡力/全力提供":                        nil,                                  // no organisation, no name of three
		"德國之聲波昂總部大樓……圖片來源: imago/epd":       {{Label: "圖片來源", Name: "imago/epd"}}, // after an ellipsis of two
	} {
		got, _, _ := creditsOfLine(creditLineCase{Line: text, Trailing: true})
		assert.Equal(t, want, got.Others, text)
	}
}

// TestGovernmentUnitSource: the body of government that sent a county's
// story in, alone in brackets at its end, is the source; a name of three
// that ends as a town does is still a name.
func TestGovernmentUnitSource(t *testing.T) {
	got, _, _ := creditsOfLine(creditLineCase{Line: "动用村村响广播系统加大宣传力度。(澧县如东镇)", Trailing: true})
	assert.Equal(t, "澧县如东镇", got.Source)
	got, _, _ = creditsOfLine(creditLineCase{Line: "全县投资结构趋稳趋优。（德清县发改局）", Trailing: true})
	assert.Equal(t, "德清县发改局", got.Source)
	got, _, _ = creditsOfLine(creditLineCase{Line: "他说起了那年的事。（陈小镇）", Trailing: true})
	assert.Equal(t, Credits{Authors: []string{"陈小镇"}}, got)
}

// TestTrailingLabelsBeforeSpacedNames: credits after a paragraph's last
// sentence whose labels are followed by a space and a name, not a colon,
// are read; the paragraph keeps its sentences.
func TestTrailingLabelsBeforeSpacedNames(t *testing.T) {
	got, _, lifted := creditsOfLine(creditLineCase{Line: "至50年代中后期,《香港商報》已成為本港最暢銷報紙之一。記者 余江強 攝影張穎胤", Trailing: true})
	assert.True(t, lifted)
	assert.Equal(t, Credits{Authors: []string{"余江強"}, Others: []Credit{{Label: "攝影", Name: "張穎胤"}}}, got)
	got, _, _ = creditsOfLine(creditLineCase{Line: "第一法庭■图/屠夏岳", Trailing: true})
	assert.Equal(t, Credits{Others: []Credit{{Label: "图", Name: "屠夏岳"}}}, got, "after a block marker")
	got, _, _ = creditsOfLine(creditLineCase{Line: "亨利·吉 图片来源:scienceblogs.com", Trailing: true})
	assert.Equal(t, Credits{Others: []Credit{{Label: "图片来源", Name: "scienceblogs.com"}}}, got, "after a short caption and a space")
	text := "圖1:竹圍人家(照片來源:宜蘭縣傳統竹圍測繪專輯)。"
	doc, err := Parse(strings.NewReader("<p>"+text+"</p>"), WithInput(InputBody))
	require.NoError(t, err)
	assert.Equal(t, Credits{Others: []Credit{{Label: "照片來源", Name: "宜蘭縣傳統竹圍測繪專輯"}}}, doc.Credits, "a photo's source in brackets, the caption's full stop after")
	assert.Equal(t, []string{text}, paraTextsOf(doc), "the caption keeps its credit")
	got, _, _ = creditsOfLine(creditLineCase{Line: "他说 图片是好东西", Trailing: true})
	assert.Equal(t, Credits{}, got, "no separator after the word")
	got, _, _ = creditsOfLine(creditLineCase{Line: "他说这是好事。记者 见面会", Trailing: true})
	assert.Equal(t, Credits{}, got, "a word that is no name after the label")
}

// TestOpeningCorrespondents: the correspondents and interns a dateline's
// opening bracket names beside its reporters are credited under their
// label; the paragraph stays whole.
func TestOpeningCorrespondents(t *testing.T) {
	for body, want := range map[string]Credits{
		"<p>本报讯（记者 王小明 通讯员 李四）昨天，全市召开大会，部署今年的工作任务和重点。</p>": {Authors: []string{"王小明"}, Others: []Credit{{Label: "通讯员", Name: "李四"}}},
		"<p>本站讯（职工通讯员 李琴雯 刘会）昨天，全院召开大会，部署今年的工作任务和重点。</p>":  {Others: []Credit{{Label: "通讯员", Name: "李琴雯"}, {Label: "通讯员", Name: "刘会"}}},
	} {
		doc, err := Parse(strings.NewReader(body), WithInput(InputBody))
		require.NoError(t, err)
		assert.Equal(t, want, doc.Credits, body)
		assert.Len(t, doc.Paragraphs, 1)
	}
}

// TestSlashPhotoCredit: a photo's credit after a slash at the end of a
// caption (…/記者李偉廷攝) is recorded, and the caption keeps its text.
func TestSlashPhotoCredit(t *testing.T) {
	text := "▲學員的二胡演奏相當專業/記者李偉廷攝"
	doc, err := Parse(strings.NewReader("<p>"+text+"</p>"), WithInput(InputBody))
	require.NoError(t, err)
	assert.Equal(t, []Credit{{Label: "攝", Name: "李偉廷"}}, doc.Credits.Others)
	assert.Len(t, doc.Paragraphs, 1)
}

// TestAgencyPhoto: an agency that gave a caption's photo (…。新华社发) is
// credited, and the caption keeps all of its text.
func TestAgencyPhoto(t *testing.T) {
	for text, want := range map[string][]Credit{
		"11月23日晚，导演贾樟柯对话艺术家陈丹青，回顾十年电影历程。新华社发": {{Label: "发", Name: "新华社"}},
		"这是一张照片。中新社發": {{Label: "發", Name: "中新社"}},
		"这是一句话。报社发":   nil, // 报社 names no agency
		"这是一句话。出版社发":  nil, // nor does a publisher
	} {
		doc, err := Parse(strings.NewReader("<p>"+text+"</p>"), WithInput(InputBody))
		require.NoError(t, err)
		assert.Equal(t, []string{text}, paraTextsOf(doc), "%q", text)
		assert.Equal(t, want, doc.Credits.Others, "%q", text)
	}
}

// TestLooksLikeHanName: a name read with no label must look like a
// person's: two to four Han characters after a common family name.
func TestLooksLikeHanName(t *testing.T) {
	for _, w := range []string{"张巨峰", "羅森", "謝明俊", "欧阳修", "歐陽娜娜", "上官婉儿", "范姜佳鈺", "阿不都·热合曼"} {
		assert.True(t, looksLikeHanName(w), w)
	}
	for _, w := range []string{"原创", "书签", "搜尋", "節錄", "整合", "評論員", "請給自己機會", "德清县发改局", "城市摄影队",
		"新华社", "李", "张三丰李四", "Demi"} {
		assert.False(t, looksLikeHanName(w), w)
	}
}

// TestCreditsNotNames: lines of a byline area whose words are badges,
// buttons, notes or roles rather than names, and credit words that only
// a label makes clear.
func TestCreditsNotNames(t *testing.T) {
	g := defaultGrammar()
	cases := []struct {
		line string
		want Credits
	}{
		{"原创 南方都市报 2019-09-09 16:01:46", Credits{}},
		{"联合报书签", Credits{}},
		{"（節錄）", Credits{}},
		{"作者搜尋", Credits{}},
		{"编辑推荐 热点文章", Credits{}},
		{"作者：网络整理", Credits{}},
		{"（记者陈智 整合）", Credits{Authors: []string{"陈智"}}},
		{"（评论员 罗博 萧海川）", Credits{Authors: []string{"罗博", "萧海川"}}},
		{"本报评论员 李斌", Credits{Authors: []string{"李斌"}}},
		{"（实习生王金茹对此文亦有贡献）", Credits{Others: []Credit{{Label: "实习生", Name: "王金茹"}}}},
		{"（原题为《是“收割韭菜”还是“回归理性”》）", Credits{OriginalTitle: "是“收割韭菜”还是“回归理性”"}},
		{"(综合整理自澎湃新闻、智东西、雷锋网等)", Credits{Source: "澎湃新闻、智东西、雷锋网等"}},
		{"来源: 新京报举报", Credits{Source: "新京报"}},
		{"王介村/編輯", Credits{Editors: []string{"王介村"}}},
		{"（圖／記者林悅翻攝）", Credits{Others: []Credit{{Label: "翻攝", Name: "林悅"}}}},
	}
	for _, c := range cases {
		var got Credits
		if cl, ok := g.line(Normalize(c.line), modeByline, nil); ok {
			got.addLine(&cl, nil)
		}
		assert.Equal(t, c.want, got, "%q", c.line)
	}
}

// TestReporterAtEnd: an outlet's reporter glued after a paragraph's last
// sentence is its byline; 记者 with no name after it is text.
func TestReporterAtEnd(t *testing.T) {
	doc, err := Parse(strings.NewReader("<p>铁路部门提醒广大旅客，具体到发时刻以车站公告为准。华商报记者雷婧</p>"), WithInput(InputBody))
	require.NoError(t, err)
	assert.Equal(t, []string{"雷婧"}, doc.Credits.Authors)
	assert.Equal(t, []string{"铁路部门提醒广大旅客，具体到发时刻以车站公告为准。"}, paraTextsOf(doc))
	for _, text := range []string{"铁路部门提醒广大旅客注意安全。记者了解到", "这是一篇报道。记者们都来了"} {
		doc, err := Parse(strings.NewReader("<p>"+text+"</p>"), WithInput(InputBody))
		require.NoError(t, err)
		assert.Empty(t, doc.Credits.Authors, text)
		assert.Equal(t, []string{text}, paraTextsOf(doc))
	}
}

// TestPhotoBy: a bracket crediting a photo to whoever gave it records
// them and stays in the caption; a file photo credits nobody.
func TestPhotoBy(t *testing.T) {
	for text, want := range map[string][]Credit{
		"機場人來人往，旅客和工作人員宜做足保護措施。（中通社圖片）": {{Label: "圖片", Name: "中通社"}},
		"警方在現場調查。（政府新聞處相片）":             {{Label: "相片", Name: "政府新聞處"}},
		"示威者在街頭聚集。（資料圖片）":               nil,
		"大紀元記者在現場報道。(大紀元資料圖片)":          nil,
	} {
		doc, err := Parse(strings.NewReader("<p>"+text+"</p>"), WithInput(InputBody))
		require.NoError(t, err)
		assert.Equal(t, want, doc.Credits.Others, text)
		assert.Equal(t, []string{text}, paraTextsOf(doc), "the caption keeps its credit")
	}
}

// TestWeChatAccountSource: an account named after 微信公众号 is the
// source, whichever label stands before it; 微信 alone is the platform.
func TestWeChatAccountSource(t *testing.T) {
	for line, want := range map[string]string{
		"文章转载于微信公众号:地理狗看世界":             "地理狗看世界",
		"来源：微信公众号 长安街知事":                "长安街知事",
		"本文来自微信公众号：科技新知（ID：kejixinzhi）": "科技新知",
	} {
		got, _, lifted := creditsOfLine(creditLineCase{Line: line})
		assert.True(t, lifted, line)
		assert.Equal(t, Credits{Source: want}, got, line)
	}
}

// TestCreditLineEdges: a family name that spells a weekday (周一鸣) stays
// a name beside a date; a bar at a line's end is no marker; a desk (编辑室,
// 記者站) is no one's name; a romanised form glued after a name is
// dropped (巴丟草Badiucao), an agency's Latin letters are not (东方IC).
func TestCreditLineEdges(t *testing.T) {
	for line, want := range map[string]Credits{
		"编辑：周一鸣 2021-05-03":       {Editors: []string{"周一鸣"}},
		"作者：周五郎 2021-05-03 10:00": {Authors: []string{"周五郎"}},
		"记者 周日新 2021年5月3日":        {Authors: []string{"周日新"}},
		"文章來源：中央社 |":              {Source: "中央社"},
		"作者：编辑室":                  {},
		"作者：王明 記者站":               {Authors: []string{"王明"}},
		"圖片來源/巴丟草Badiucao":        {Others: []Credit{{Label: "圖片來源", Name: "巴丟草"}}},
		"封面:东方IC":                 {Others: []Credit{{Label: "封面", Name: "东方IC"}}},
		"(摄影:邓雅匀 文字:张世轩 )":        {Authors: []string{"张世轩"}, Others: []Credit{{Label: "摄影", Name: "邓雅匀"}}},
		"文字记者张晓松、摄影记者鞠鹏":          {Authors: []string{"张晓松"}, Others: []Credit{{Label: "摄影记者", Name: "鞠鹏"}}},
		"鄭建勳\\臺中報導":               {Authors: []string{"鄭建勳"}},
		"来源:兴镇中学 作者:屈彤 浏览:1432次发布时间:2014-12-29 15:42": {Source: "兴镇中学", Authors: []string{"屈彤"}},
	} {
		got, _, lifted := creditsOfLine(creditLineCase{Line: line})
		assert.True(t, lifted, line)
		assert.Equal(t, want, got, line)
	}
}

// TestAfterLastSentenceEnd: the byte scan finds what a search for each
// sentence end finds, within its window.
func TestAfterLastSentenceEnd(t *testing.T) {
	for _, s := range []string{"", "没有句号", "他说。", "他说。记者：张三", "真的吗？是的！好", "Yes! ok?x", "前文。" + strings.Repeat("长", 100), "“引号。”后面", "（括号）。"} {
		want := -1
		if i := lastIndexOf(s, "。", "！", "？", "!", "?"); i >= 0 && i >= len(s)-240 {
			_, size := utf8.DecodeRuneInString(s[i:])
			want = i + size
		}
		assert.Equal(t, want, afterLastSentenceEnd(s, 240), s)
	}
	// Random texts of marks and of characters that share their bytes
	// (、 ends in the byte ！ ends in; ｂ and ｢ share ！'s lead bytes),
	// each window: a mark counts when its last byte is within it.
	pieces := []string{"。", "！", "？", "!", "?", "、", "ｂ", "｢", "中", "a", " ", "…", "〃", "\x82", "\xbc\x81"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		s, within := randomText(rng, pieces, rng.IntN(30)), rng.IntN(42)-2 // a negative window holds nothing
		want := -1
		for _, mark := range []string{"。", "！", "？", "!", "?"} {
			for i := 0; ; {
				k := strings.Index(s[i:], mark)
				if k < 0 {
					break
				}
				if end := i + k + len(mark); end-1 >= len(s)-within && utf8.RuneStart(s[i+k]) && end > want {
					want = end
				}
				i += k + 1
			}
		}
		require.Equal(t, want, afterLastSentenceEnd(s, within), "%q within %d", s, within)
	}
}

// TestPosterBeforeDate: who posted a page, before 发布 and the date, is
// no credit; the line gives its date. Counters' labels run into a word
// (阅读次数, 刊发日期) are meta, not names.
func TestPosterBeforeDate(t *testing.T) {
	g := defaultGrammar()
	cl, ok := g.line("樂活內蒙古 發佈 2022-11-07T07:33:15+00:00", modeLenient, nil)
	require.True(t, ok)
	assert.Empty(t, cl.segs)
	require.True(t, cl.hasDate)
	assert.True(t, cl.date.Equal(time.Date(2022, 11, 7, 7, 33, 15, 0, time.UTC)), "%v", cl.date)

	cl, ok = g.line("刊发日期:2023-09-06 阅读次数: 作者:  语音阅读:", modeLenient, nil)
	require.True(t, ok)
	for _, s := range cl.segs {
		assert.Empty(t, s.names, "no name in %+v", s)
	}
	assert.True(t, cl.hasDate)
}

// TestOutletSlashNameOpening: a story that opens with its outlet and its
// reporter's name in a bracket (【財訊快報／陳孟朔】) credits the reporter and
// keeps its text whole; a bracket of two words that are no outlet and name
// credits no one. A region's label (地區：台北市報導) is no name.
func TestOutletSlashNameOpening(t *testing.T) {
	text := "【財訊快報／陳孟朔】摩根士丹利最新發布的報告指出，供應鏈跡象顯示蘋果公司已開始備貨。"
	doc, err := Parse(strings.NewReader("<p>"+text+"</p><p>"+creditBodySentence+"</p>"), WithInput(InputBody))
	require.NoError(t, err)
	assert.Equal(t, []string{"陳孟朔"}, doc.Credits.Authors)
	assert.Equal(t, []string{text, creditBodySentence}, paraTextsOf(doc))

	text = "【獨家／專訪】摩根士丹利最新發布的報告指出，供應鏈跡象顯示蘋果公司已開始備貨。"
	doc, err = Parse(strings.NewReader("<p>"+text+"</p><p>"+creditBodySentence+"</p>"), WithInput(InputBody))
	require.NoError(t, err)
	assert.Empty(t, doc.Credits.Authors)

	cl, ok := defaultGrammar().line("2014/03/19 18:58 彭佳芸 黃翊真 報導 地區：台北市報導", modeByline, nil)
	require.True(t, ok)
	var names []string
	for _, s := range cl.segs {
		names = append(names, s.names...)
	}
	assert.Equal(t, []string{"彭佳芸", "黃翊真"}, names)
}

// TestShotByTheVerb: in 图片为本报记者拍摄 the 拍 of the verb 拍摄 is no
// photographer's name.
func TestShotByTheVerb(t *testing.T) {
	for _, line := range []string{"题图为本报记者拍摄", "图片为本报记者拍摄"} {
		cl, _ := defaultGrammar().line(line, modeLenient, nil)
		for _, s := range cl.segs {
			assert.Empty(t, s.names, "%q: %+v", line, s)
		}
	}
}

// TestChainedTrailingBrackets: a bracket of labelled credits right after
// another bracket that ends a paragraph (…。（完）【编辑:张楷欣】) is lifted,
// then the bracket before it is read as a paragraph's last one: a
// byline is lifted, （完） stays, and an unlabelled bracket after a
// bracket is no credit.
func TestChainedTrailingBrackets(t *testing.T) {
	for _, c := range []struct {
		body, text string
		want       Credits
	}{
		{"今年以来经济运行总体平稳。（完）【编辑:张楷欣】", "今年以来经济运行总体平稳。（完）", Credits{Editors: []string{"张楷欣"}}},
		{"今年以来经济运行总体平稳。（记者 张三）【编辑:李四】", "今年以来经济运行总体平稳。", Credits{Authors: []string{"张三"}, Editors: []string{"李四"}}},
		{"免去其吉林银行副行长职务。  (吉林省纪委监委) 【编辑:张楷欣】", "免去其吉林银行副行长职务。(吉林省纪委监委)", Credits{Source: "吉林省纪委监委", Editors: []string{"张楷欣"}}},
		{"他说这是好事（见图）（张三）", "他说这是好事（见图）（张三）", Credits{}},
	} {
		doc, err := Parse(strings.NewReader("<p>"+c.body+"</p><p>"+creditBodySentence+"</p>"), WithInput(InputBody))
		require.NoError(t, err)
		assert.Equal(t, c.want, doc.Credits, c.body)
		assert.Equal(t, c.text, paraTextsOf(doc)[0], c.body)
	}
	// A paragraph ending in many such brackets gives up after maxChained.
	body := "今年以来经济运行总体平稳。" + strings.Repeat("（完）", 1000) + strings.Repeat("【编辑:张楷欣】", 1000)
	doc, err := Parse(strings.NewReader("<p>"+body+"</p><p>"+creditBodySentence+"</p>"), WithInput(InputBody), WithRemovals())
	require.NoError(t, err)
	assert.Len(t, removalsBy(doc, "credits"), maxChained)
}

// TestMetaAndOrgLimits: a category label counts only as a word of its own
// (垃圾分类 is a word), an outlet stands as editor only when named alone,
// an outlet run into the next label is that label's, By credits an
// outlet only when nothing but the outlet follows it, an e-paper's page
// name stops at a comma or a label, a print note's clause naming the
// author by role only is no name, an institute after a slash is an
// affiliation, and a blog's "posted by" line or an account's name
// printed twice beside a date gives no credit.
func TestMetaAndOrgLimits(t *testing.T) {
	for line, want := range map[string]Credits{
		"来源：中国垃圾分类网":                 {Source: "中国垃圾分类网"},
		"原标题：上海垃圾分类五周年 来源：新华社":       {OriginalTitle: "上海垃圾分类五周年", Source: "新华社"},
		"2014-05-12 分类： 作者：张三":       {Authors: []string{"张三"}},
		"2014-05-12 8:54分类：要闻 作者：张三": {Authors: []string{"张三"}},
		"编辑：新华社记者张三":                 {Authors: []string{"张三"}},
		"责任编辑: 红色山西网":                {ResponsibleEditors: []string{"红色山西网"}},
		"By 新华社记者张三":                 {Authors: []string{"张三"}},
		"By 苗栗人新聞網":                  {Authors: []string{"苗栗人新聞網"}},
		"2025年04月11日 第10版：寻踪，作者：张三":  {Authors: []string{"张三"}},
		"2025年04月11日 第10版：要闻编辑：李四":   {Editors: []string{"李四"}},
		"原载《求是》，作者系本刊特约撰稿人":          {Source: "求是"},
		"(製圖@陳景逸/星球研究所)":             {Others: []Credit{{Label: "製圖", Name: "陳景逸"}}},
		"以下文章来源于奇安信威胁情报中心，作者红雨滴团队":   {Source: "奇安信威胁情报中心", Authors: []string{"红雨滴团队"}},
		"编辑：新华社通讯员张三":                {Others: []Credit{{Label: "通讯员", Name: "张三"}}},
		"作者：国务院发展研究中心课题组":            {Authors: []string{"国务院发展研究中心课题组"}},
	} {
		got, _, _ := creditsOfLine(creditLineCase{Line: line})
		assert.Equal(t, want, got, line)
	}
	for _, line := range []string{"编辑：张三 【打印】【关闭】", "责任编辑：张三 未经授权禁止转载", "2019年7月1日 上海开始强制垃圾分类",
		"由 reporter 於 2019-12-07 17:32:23 所發表", "湖州发布 湖州发布 2023-12-10", "记者小组", "作者张三和他的团队",
		"以下文章来源于一位网友的亲身经历", "加油 加油 2024年3月5日"} {
		got, _, _ := creditsOfLine(creditLineCase{Line: line})
		assert.Equal(t, Credits{}, got, "no chrome or event read as credits: %s", line)
	}
}

// TestLabelChain: a line of label:name pairs, some of whose labels the
// grammar does not know, is read whole where half its labels are known;
// with none known it is text.
func TestLabelChain(t *testing.T) {
	doc, err := Parse(strings.NewReader(creditBodySentence+"\n\n编辑:赵若雨 校审:贾红英 责任编辑:张中科 监审:黄术生\n"), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	assert.Equal(t, Credits{Editors: []string{"赵若雨"}, ResponsibleEditors: []string{"张中科"},
		Others: []Credit{{Label: "校审", Name: "贾红英"}, {Label: "监审", Name: "黄术生"}}}, doc.Credits)
	assert.Equal(t, []string{creditBodySentence}, paraTextsOf(doc))
	for _, line := range []string{"项目:张三 负责:李四", "编辑:赵若雨 时间:上午十点 地点:会议室"} {
		doc, err := Parse(strings.NewReader(creditBodySentence+"\n\n"+line+"\n"), WithInput(InputBody), WithFormat(FormatText))
		require.NoError(t, err)
		assert.Equal(t, []string{creditBodySentence, line}, paraTextsOf(doc), line)
	}
}

// TestPhotoReportAfterSentence: a reporter's 摄影报道 glued after the last
// sentence of a caption credits the reporter with the report and the
// photo, and leaves the caption.
func TestPhotoReportAfterSentence(t *testing.T) {
	text := "唐山人的生活平静、幸福、美好。记者周源森摄影报道"
	doc, err := Parse(strings.NewReader("<p>"+text+"</p>"), WithInput(InputBody))
	require.NoError(t, err)
	assert.Equal(t, []string{"唐山人的生活平静、幸福、美好。"}, paraTextsOf(doc))
	assert.Equal(t, []string{"周源森"}, doc.Credits.Authors)
	assert.Equal(t, []Credit{{Label: "摄影", Name: "周源森"}}, doc.Credits.Others)
}

// TestGivenPhotoAfterCaption: who gave a photo, after a space at the end
// of its caption, is its credit; the caption keeps an organisation's.
func TestGivenPhotoAfterCaption(t *testing.T) {
	text := "港东五街的夜景 大连市文旅局供图"
	prose := "大连市今年接待游客人数创下新高，文旅消费持续回暖，夜间经济成为城市发展的新亮点。"
	doc, err := Parse(strings.NewReader("<p>"+prose+"</p><p>"+text+"</p><p>"+prose+"</p><p>"+prose+"</p><p>"+prose+"</p>"), WithInput(InputBody))
	require.NoError(t, err)
	assert.Equal(t, []string{prose, text, prose, prose, prose}, paraTextsOf(doc))
	assert.Equal(t, []Credit{{Label: "供图", Name: "大连市文旅局"}}, doc.Credits.Others)
}

// TestTabbedMetaLine: a line of credits whose fields tabs part, in a
// plain text with no table, is credits, not a table of one row.
func TestTabbedMetaLine(t *testing.T) {
	prose := "市林业局近日部署今年春季植树造林工作，要求各地抓住有利时机，科学安排造林任务。"
	doc, err := Parse(strings.NewReader("全市春季植树造林工作全面启动\n发布时间：2024-03-01\t来源：市林业局\t作者：张伟\n"+prose+"\n"+prose+"\n"),
		WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	assert.Equal(t, "市林业局", doc.Credits.Source)
	assert.Equal(t, []string{"张伟"}, doc.Credits.Authors)
	for _, p := range doc.Paragraphs {
		assert.NotEqual(t, KindTable, p.Kind, p.Text)
	}
	// The same beside a table of three columns.
	doc, err = Parse(strings.NewReader("全市春季植树造林工作全面启动\n发布时间：2024-03-01\t来源：市林业局\t作者：张伟\n"+prose+"\n项目\t数量\t单价\n树苗\t100\t5\n"+prose+"\n"),
		WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	assert.Equal(t, "市林业局", doc.Credits.Source)
	assert.Equal(t, []string{"张伟"}, doc.Credits.Authors)
}

// TestRuneSwitches: the switches that tell a credit line's separators,
// the punctuation that ends a word, the Chinese numerals, a subhead's
// block markers, closing brackets, sentence ends and the bytes that open
// Markdown's lines hold the runes of their strings, and no other.
func TestRuneSwitches(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if isCreditSep(r) != strings.ContainsRune(creditSeps, r) || endsLabelWord(r) != strings.ContainsRune(labelWordEnds, r) ||
			isNumeral(r) != strings.ContainsRune(cnDigits+capitalDigits, r) {
			t.Errorf("%q: isCreditSep %v, endsLabelWord %v, isNumeral %v", r, isCreditSep(r), endsLabelWord(r), isNumeral(r))
		}
		if r < 0x100 && isMarkdownMark(byte(r)) != strings.ContainsRune(markdownMarks, r) {
			t.Errorf("%q: isMarkdownMark %v", r, isMarkdownMark(byte(r)))
		}
		if isBlockMarker(r) != strings.ContainsRune(blockMarkers, r) || closesBracket(r) != strings.ContainsRune("）)〕]］】", r) ||
			endsSentenceRune(r) != strings.ContainsRune("。！？!?…", r) {
			t.Errorf("%q: isBlockMarker %v, closesBracket %v, endsSentenceRune %v", r, isBlockMarker(r), closesBracket(r), endsSentenceRune(r))
		}
	}
	// The grammar's first-rune bits pass every rune that starts a label.
	g := DefaultPolicy().grammar()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := g.labelsAt(r), g.byRune[r]; len(got) != len(want) {
			t.Errorf("%q: labelsAt gives %d labels, byRune %d", r, len(got), len(want))
		}
	}
}

// TestOrgSuffixes: looking up a word's suffixes by its last rune finds
// what trying every suffix finds, on every credit line's words and every
// tail of them, and on the suffixes themselves.
func TestOrgSuffixes(t *testing.T) {
	words := append(append([]string{"", "新浪财经", "观察者网", "吉林省纪委监委", "澧县如东镇", "中", "\xe7\xbd"}, orgSuffixes...), govSuffixes[:]...)
	for _, c := range readCreditCases(t, "*.json") {
		for _, w := range strings.Fields(c.Line) {
			for i := range w {
				words = append(words, w[:i+1], w[i:])
			}
		}
	}
	matched := 0
	for _, m := range []struct {
		matcher  orgWordMatcher
		suffixes []string
	}{{orgWord, orgSuffixes}, {gov, govSuffixes[:]}} {
		for _, w := range words {
			want := slices.ContainsFunc(m.suffixes, func(s string) bool { return strings.HasSuffix(w, s) })
			if got := m.matcher.hasSuffix(w); got != want {
				t.Errorf("%q: by its last rune %v, every suffix %v", w, got, want)
			} else if got {
				matched++
			}
		}
	}
	assert.Greater(t, matched, 100)
}

// TestJoinSpacedLabels: labels printed with spaces inside are closed up,
// and the quick refusal (spacedSingle) refuses no line the scan would
// change, over random lines of single characters, spaces, separators and
// words.
func TestJoinSpacedLabels(t *testing.T) {
	g := DefaultPolicy().grammar()
	for in, want := range map[string]string{
		"编 辑:苏 伟":         "编辑:苏 伟",
		"三 审：罗 华 责任编辑：张三": "三审：罗 华 责任编辑：张三",
		"来源：北京日报":         "来源：北京日报",
		"编辑 苏伟":           "编辑 苏伟",
	} {
		assert.Equal(t, want, g.joinSpacedLabels(in), in)
	}
	pieces := []string{"编", "辑", "三", "审", "校", "对", "责任", "苏", "伟", " ", "  ", "：", ":", "/", "a", "1", "，", "（", "报道"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 50000 {
		s := randomText(rng, pieces, rng.IntN(12))
		if len(s) > 160 || !containsAnyRune(s, creditSeps) {
			continue
		}
		require.Equal(t, g.joinSpacedScan(s), g.joinSpacedLabels(s), "%q", s)
	}
}

// TestTrailingCreditsAtStart: on a text that starts at its last sentence
// end (。！？!?■) and holds no … after it, the pattern anchored at the start
// finds what the unanchored one finds, on random texts of marks, quotes,
// spaces, brackets, names and labels.
func TestTrailingCreditsAtStart(t *testing.T) {
	marks := []string{"。", "！", "？", "!", "?", "■"}
	pieces := []string{"记者", "：", "张三", " ", "\u00a0", "”", "」", "（", "）", "(", ")", "编辑", "王五", "摄", "a", "1", "、", "…"}
	rng := rand.New(rand.NewPCG(11, 12))
	anchored, matched := 0, 0
	for range 30000 {
		s := marks[rng.IntN(len(marks))] + randomText(rng, pieces, rng.IntN(30))
		if strings.Contains(s, "…") {
			continue // the anchored pattern is not asked of these
		}
		anchored++
		want := trailingCredits.FindStringSubmatchIndex(s)
		require.Equal(t, want, trailingCreditsAtStart.FindStringSubmatchIndex(s), "%q", s)
		if want != nil {
			matched++
		}
	}
	require.Greater(t, anchored, 10000)
	require.Greater(t, matched, 1000)
}

// TestMayTrailCredits: where mayTrailCredits says no credits can trail a
// text, whatever trailingCredits (or its anchored form) takes after the
// last sentence end holds no label for find, and no agency's 发 or
// provider's 提供 ends it: liftTrailingCredits would read nothing there
// either. Texts: every credit line of testdata/credits after a sentence,
// and random ones of marks, labels, names, outlets and photo words.
func TestMayTrailCredits(t *testing.T) {
	g := defaultGrammar()
	marks := []string{"。", "！", "？", "!", "?", "■"}
	var texts []string
	for _, c := range readCreditCases(t, "*.json") {
		// Spaces after a line put its end out of photoCreditCue's reach.
		texts = append(texts, "经济平稳增长。"+c.Line, "经济平稳增长。"+c.Line+"。", "经济平稳增长。"+c.Line+strings.Repeat(" ", 12))
	}
	pieces := []string{"。", "！", "？", "■", "…", "”", "」", " ", "\u00a0", "（", "）", "：", "/", "、",
		"张三", "王五", "说明如下", "新华社", "发", "發", "提供", "供图", "图", "摄", "a", "1"}
	for _, l := range creditLabels {
		pieces = append(pieces, l.label)
	}
	rng := rand.New(rand.NewPCG(21, 22))
	for range 30000 {
		texts = append(texts, "经济平稳增长"+marks[rng.IntN(len(marks))]+randomText(rng, pieces, rng.IntN(8)))
	}
	skipped, read, labelled := 0, 0, 0
	for _, s := range texts {
		last := lastIndexOf(s, marks...)
		if last < 0 && !strings.Contains(s, "…") {
			continue
		}
		from := max(last, 0)
		if mayTrailCredits(g, s, 0, from) {
			read++
			if len(g.find(s[from:])) > 0 {
				labelled++
			}
			continue
		}
		skipped++
		for _, re := range []*regexp.Regexp{trailingCredits, trailingCreditsAtStart} {
			m := re.FindStringSubmatchIndex(s[from:])
			if m == nil {
				continue
			}
			credits := s[from+m[2] : from+m[3]]
			require.Empty(t, g.find(credits), "%q: %q", s, credits)
			for _, end := range []string{"发", "發", "提供"} {
				require.False(t, strings.HasSuffix(credits, end), "%q: %q", s, credits)
			}
		}
	}
	require.Greater(t, skipped, 5000)
	require.Greater(t, labelled, 5000)
	require.Greater(t, read, labelled)
}

// TestLastIndexOf: the read back from the end of a short text, and the
// pass for each first byte over a longer one, find what strings.LastIndex
// finds for each text, on random texts of marks that share their first
// bytes (。、 and ！？（ each share one), cut runes, and ASCII, with sets of
// one to six texts, some of them longer than a rune. The texts are from
// none to about 100 bytes long, on both sides of shortScan.
func TestLastIndexOf(t *testing.T) {
	pieces := []string{"。", "、", "！", "？", "（", "(", "!", "?", "■", "…", "中", "a", "\xef", "\xef\xbc", "“"}
	sets := [][]string{{"。", "！", "？", "!", "?", "■"}, {"（", "(", "〔", "[", "［", "【"}, {"，", ","}, {"！"}, {"。。", "。"}, {"ab", "a", "!"}, {""}}
	rng := rand.New(rand.NewPCG(15, 16))
	for range 20000 {
		s := randomText(rng, pieces, rng.IntN(40))
		for _, set := range sets {
			want := -1
			for _, t := range set {
				want = max(want, strings.LastIndex(s, t))
			}
			require.Equal(t, want, lastIndexOf(s, set...), "%q in %q", set, s)
		}
	}
}

// requireLabelsInOrder requires the labels find gives in s to be in
// order, each within s and none before the end of the one before:
// segments slices the line between them.
func requireLabelsInOrder(t testing.TB, g *creditGrammar, s string) {
	t.Helper()
	labels := g.find(s)
	end := 0
	for _, at := range labels {
		require.True(t, end <= at.orgStart && at.orgStart <= at.start && at.start < at.end && at.end <= len(s), "%q: labels out of order: %+v", s, labels)
		end = at.end
	}
}

// TestFindLabelsInOrder: find gives its labels in order, none before the
// end of the one before (segments slices the line between them), on
// random lines of labels, names, spaces, dashes and separators, Han
// characters among them whose last byte is 0xA0 or 0x85 (习, 丅), which
// read alone as a rune are white space. The lines that broke it:
// 实习生 - 编辑 (a byte of 习 taken for a space) and 文 王 摄 (the name
// before 摄 reaching back into the label 文). Reading them reads no panic.
func TestFindLabelsInOrder(t *testing.T) {
	g := defaultGrammar()
	pieces := []string{"实习生", "文", "图", "摄", "攝", "编辑", "记者", "作者", "来源", "王", "习", "丅", "张三", " ", " ", "-", "：", "/", "|", "、", "新华社"}
	rng := rand.New(rand.NewPCG(51, 52))
	lines := []string{"实习生 - 编辑", "文 王 摄", "文 - 摄", "任 超 攝", "记者 王 - 编辑"}
	for range 50000 {
		lines = append(lines, randomText(rng, pieces, 1+rng.IntN(7)))
	}
	for _, s := range lines {
		requireLabelsInOrder(t, g, s)
		for _, mode := range []lineMode{0, modeLenient, modeByline, modeCreditElement} {
			g.line(s, mode, nil)
		}
	}
	// A dash alone before 摄 is no character of a name printed with a
	// space inside: the name does not reach back to the 图 before it.
	labels := g.find("图 - 摄")
	require.Len(t, labels, 1)
	assert.Equal(t, len("图 "), labels[0].orgStart)
	cl, ok := g.line("任 超 攝", modeLenient, nil)
	require.True(t, ok)
	require.Len(t, cl.segs, 1)
	assert.Equal(t, []string{"任超"}, cl.segs[0].names, "a name printed with a space inside")
}

// FuzzCreditLine reads any line as credits in each mode, and as the end
// of a paragraph after a sentence: no panic, and the labels find gives
// are in order (see TestFindLabelsInOrder). Seeds: the credit lines of
// testdata/credits.
func FuzzCreditLine(f *testing.F) {
	for _, c := range readCreditCases(f, "*.json") {
		f.Add(c.Line)
	}
	f.Add("实习生 - 编辑") // once a panic (see TestFindLabelsInOrder)
	f.Add("文 王 摄")
	g := defaultGrammar()
	cfg, err := newConfig(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		requireLabelsInOrder(t, g, s)
		for _, mode := range []lineMode{0, modeLenient, modeByline, modeCreditElement, modeLenient | modeBracketed} {
			g.line(s, mode, nil)
		}
		for _, text := range []string{s, "经济平稳增长。" + s, "经济平稳增长。（" + s + "）"} {
			var doc Document
			p := Paragraph{Kind: KindText, Text: text}
			liftTrailingByline(&doc, g, &p, "credits", cfg)
		}
	})
}

// TestCallerLabelsOpeningWithMarks: a caller's credit label may open with
// a bracket, a separator or a dash ((编辑), 、, ——, 【编辑】); find once took
// the word before such a label to start after it and sliced backwards.
// Parse reads the lines with and without the credits rule, and find's
// labels stay in order. creditedTo reads a byte that is no UTF-8 as a
// rune of its own.
func TestCallerLabelsOpeningWithMarks(t *testing.T) {
	for _, c := range []struct{ label, text string }{
		{"（编辑）", "张三（编辑）"}, {"、", "、、"}, {"——", "————"}, {"—编辑", "他说。——编辑 张三"},
		{"【编辑】", "经济平稳增长。【编辑】【编辑】"}, {" 编辑", "张三 编辑"}, {"：作者", "王五：作者：李四"},
	} {
		for _, pol := range []*Policy{NewPolicy().Add(LiftCredits("l"), CreditLabels("x", CreditEditor, c.label)), DefaultPolicy().Add(CreditLabels("x", CreditEditor, c.label))} {
			if strings.HasPrefix(c.label, " ") {
				require.ErrorIs(t, pol.Err(), ErrInvalidRule, "a label with a space is refused") // see Policy.Err
				continue
			}
			require.NoError(t, pol.Err(), c.label)
			_, err := Parse(strings.NewReader("<p>"+c.text+"</p>"), WithInput(InputBody), WithPolicy(pol))
			require.NoError(t, err, "%q in %q", c.label, c.text)
			requireLabelsInOrder(t, pol.grammar(), c.text)
		}
	}
	_, ok := creditedTo("据\xff消息")
	assert.True(t, ok)
}
