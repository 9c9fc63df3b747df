package newsdoc

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// CreditField is where the names after a credit label go in [Credits].
type CreditField uint8

// Credit fields.
const (
	CreditOther             CreditField = iota // Credits.Others, with the label as printed
	CreditAuthor                               // Credits.Authors
	CreditEditor                               // Credits.Editors
	CreditResponsibleEditor                    // Credits.ResponsibleEditors
	CreditSource                               // Credits.Source
	CreditOriginalTitle                        // Credits.OriginalTitle
)

// labelFlag says how a credit label sits in a line.
type labelFlag uint8

const (
	// afterOrg: the label may follow an outlet's or desk's name in the
	// same word: 本报记者, 每经编辑, 澎湃新闻记者, 《棱镜》作者.
	afterOrg labelFlag = 1 << iota
	// glued: the name may follow the label with no separator: 记者孙少龙,
	// 鉅亨網編輯江泰傑, 实习生王金茹.
	glued
	// needsSep: the label must be followed by a separator (/ | ： ︱): 文/张三,
	// 图/新华社; alone it is a word of a sentence.
	needsSep
	// trailing: the label follows its name: 燃财经出品, 药剂科供稿.
	trailing
)

// creditLabel is a word that starts (or ends) a credit.
type creditLabel struct {
	label string
	field CreditField
	flags labelFlag
}

func (l *creditLabel) has(f labelFlag) bool { return l.flags&f != 0 }

// creditLabels is the credit grammar's vocabulary: each label, its field,
// and how it sits in a line, Simplified and Traditional. The lines the
// labels were read from are in testdata/credits/lines.json.
var creditLabels = []creditLabel{
	// Authors.
	{"作者", CreditAuthor, afterOrg | glued},
	{"发布作者", CreditAuthor, 0}, // ※发布作者:habao (an old CMS's byline)
	{"發佈作者", CreditAuthor, 0},
	{"记者", CreditAuthor, afterOrg | glued},
	{"記者", CreditAuthor, afterOrg | glued},
	{"本报记者", CreditAuthor, glued},
	{"本報記者", CreditAuthor, glued},
	{"见习记者", CreditAuthor, afterOrg | glued},
	{"見習記者", CreditAuthor, afterOrg | glued},
	{"实习记者", CreditAuthor, afterOrg | glued},
	{"實習記者", CreditAuthor, afterOrg | glued},
	{"特约记者", CreditAuthor, afterOrg | glued},
	{"特約記者", CreditAuthor, afterOrg | glued},
	{"特派记者", CreditAuthor, afterOrg | glued},
	{"特派記者", CreditAuthor, afterOrg | glued},
	{"首席记者", CreditAuthor, afterOrg | glued},
	{"首席記者", CreditAuthor, afterOrg | glued},
	{"资深记者", CreditAuthor, afterOrg | glued},
	{"資深記者", CreditAuthor, afterOrg | glued},
	{"撰文", CreditAuthor, 0},
	{"报导", CreditAuthor, needsSep}, // 报导、摄影:谭络瑜 (中国报, Malaysia)
	{"報導", CreditAuthor, needsSep},
	{"讲述", CreditAuthor, needsSep}, // 讲述 | 梁捷 (看理想): who tells it
	{"講述", CreditAuthor, needsSep},
	{"撰文者", CreditAuthor, 0},
	{"撰稿", CreditAuthor, 0},
	{"撰稿人", CreditAuthor, 0},
	{"文字记者", CreditAuthor, afterOrg | glued}, // (文字记者张晓松、摄影记者鞠鹏)
	{"文字記者", CreditAuthor, afterOrg | glued},
	{"文字", CreditAuthor, needsSep}, // (摄影:邓雅匀 文字:张世轩)
	{"采写", CreditAuthor, 0},
	{"图文", CreditAuthor, 0}, // 图文 | 李想俣: wrote and took the photos (also under 图)
	{"圖文", CreditAuthor, 0},
	{"采访", CreditAuthor, needsSep}, // |作者:张婉儿|采访:张婉儿、谢佳锦 (柬华日报): who interviewed
	{"採訪", CreditAuthor, needsSep},
	{"by", CreditAuthor, 0}, // 專訪 | by 姚嘉敏 | 2021-04-05 (joypost, Macau)
	{"By", CreditAuthor, 0},
	{"BY", CreditAuthor, 0},
	{"採寫", CreditAuthor, 0},
	{"执笔", CreditAuthor, 0},
	{"執筆", CreditAuthor, 0},
	{"文", CreditAuthor, needsSep},
	{"评论员", CreditAuthor, afterOrg | glued},
	{"校园记者", CreditAuthor, glued},
	{"校園記者", CreditAuthor, glued},
	{"評論員", CreditAuthor, afterOrg | glued},
	// Editors.
	{"编辑", CreditEditor, afterOrg | glued},
	{"編輯", CreditEditor, afterOrg | glued},
	{"责任编辑", CreditResponsibleEditor, glued},
	{"責任編輯", CreditResponsibleEditor, glued},
	{"责编", CreditResponsibleEditor, 0},
	{"責編", CreditResponsibleEditor, 0},
	// Sources and titles.
	{"来源", CreditSource, 0},
	{"來源", CreditSource, 0},
	{"稿源", CreditSource, 0},
	{"本文来源", CreditSource, 0},
	{"本文來源", CreditSource, 0},
	{"文章来源", CreditSource, 0},
	{"文章來源", CreditSource, 0},
	{"稿件来源", CreditSource, 0},
	{"稿件來源", CreditSource, 0},
	{"信息来源", CreditSource, 0},
	{"資訊來源", CreditSource, 0},
	{"资料来源", CreditSource, 0},
	{"資料來源", CreditSource, 0},
	{"数据来源", CreditSource, 0},
	{"本文来自", CreditSource, glued},
	{"来源于", CreditSource, glued},
	{"來源於", CreditSource, glued},
	{"信息来源于", CreditSource, glued},
	{"出处", CreditSource, 0},
	{"出自何处", CreditSource, 0}, // ※发布作者:habao   ※出自何处: (an old CMS's byline, the source left empty)
	{"出自何處", CreditSource, 0},
	{"本新聞提供者", CreditSource, 0}, // 本新聞提供者: 教會公報 (台灣教會公報)
	{"本新闻提供者", CreditSource, 0},
	{"新聞提供者", CreditSource, 0},
	{"新闻提供者", CreditSource, 0},
	{"文章出自", CreditSource, 0}, // 文章出自:中国国家地理 2004年第04期 作者: 林乡
	{"转载自", CreditSource, glued},
	{"轉載自", CreditSource, glued},
	{"以上新闻转载自", CreditSource, glued}, // 【以上新闻转载自世界日报】
	{"以上新聞轉載自", CreditSource, glued},
	{"以上内容转载自", CreditSource, glued},
	{"以上內容轉載自", CreditSource, glued},
	{"文章转载自", CreditSource, glued},
	{"转载于", CreditSource, glued}, // 文章转载于微信公众号:地理狗看世界
	{"轉載於", CreditSource, glued},
	{"文章转载于", CreditSource, glued},
	{"微信公众号", CreditSource, glued},
	{"微信公眾號", CreditSource, glued},
	{"公众号", CreditSource, 0},
	{"公眾號", CreditSource, 0},
	{"以下文章来源于", CreditSource, glued}, // 以下文章来源于奇安信威胁情报中心，作者红雨滴团队 (a WeChat repost's banner)
	{"以下文章來源於", CreditSource, glued},
	{"本文转自", CreditSource, 0}, // 本文转自:岳阳日报
	{"本文轉自", CreditSource, 0},
	{"转自", CreditSource, needsSep},
	{"轉自", CreditSource, needsSep},
	{"整理自", CreditSource, glued},
	{"综合整理自", CreditSource, glued},
	{"綜合整理自", CreditSource, glued},
	{"原标题", CreditOriginalTitle, 0},
	{"原题为", CreditOriginalTitle, glued},
	{"原題為", CreditOriginalTitle, glued},
	{"原题", CreditOriginalTitle, 0},
	{"原題", CreditOriginalTitle, 0},
	{"本文原标题", CreditOriginalTitle, 0},
	{"原標題", CreditOriginalTitle, 0},
	// Every other role, with its label as printed.
	{"实习生", CreditOther, afterOrg | glued},
	{"實習生", CreditOther, afterOrg | glued},
	{"通讯员", CreditOther, afterOrg | glued},
	{"通訊員", CreditOther, afterOrg | glued},
	{"特约通讯员", CreditOther, afterOrg | glued}, // the label as printed, as 特约记者 is
	{"特約通訊員", CreditOther, afterOrg | glued},
	{"校对", CreditOther, 0},
	{"校對", CreditOther, 0},
	{"审核", CreditOther, 0},
	{"審核", CreditOther, 0},
	{"审校", CreditOther, 0},
	{"審校", CreditOther, 0},
	{"核稿", CreditOther, 0},
	{"核稿编辑", CreditOther, 0},
	{"核稿編輯", CreditOther, 0},
	{"终审", CreditOther, 0},
	{"終審", CreditOther, 0},
	{"初审", CreditOther, 0},
	{"初審", CreditOther, 0},
	{"复审", CreditOther, 0},
	{"複審", CreditOther, 0},
	// 一审：… 二审：… 三审：…: the three reviews of a county media
	// centre's footer (三审三校).
	{"一审", CreditOther, 0},
	{"一審", CreditOther, 0},
	{"二审", CreditOther, 0},
	{"二審", CreditOther, 0},
	{"三审", CreditOther, 0},
	{"三審", CreditOther, 0},
	{"图像来源", CreditOther, 0},
	{"圖像來源", CreditOther, 0},
	{"图片编辑", CreditOther, 0},
	{"圖片編輯", CreditOther, 0},
	{"值班编辑", CreditOther, 0},
	{"值班主任", CreditOther, 0}, // 值班主任：明心武  编审：陈昱鑫 (a paper's footer)
	{"编审", CreditOther, 0},
	{"編審", CreditOther, 0},
	{"拍客", CreditOther, afterOrg | glued}, // 川观拍客:杨春艳: a reader who took the photos
	{"主编", CreditOther, 0},
	{"播音", CreditOther, 0}, // 播音:汇哲、王然 (a county station's audio story)
	{"配音", CreditOther, 0},
	{"主編", CreditOther, 0},
	{"摄影记者", CreditOther, afterOrg | glued},
	{"攝影記者", CreditOther, afterOrg | glued},
	{"摄影", CreditOther, glued},
	{"Photo", CreditOther, needsSep}, // 酒店外。 Photo: RNZ / YITING LIN (a New Zealand Chinese site)
	{"PHOTO", CreditOther, needsSep},
	{"拍摄者", CreditOther, 0}, // 拍摄者:本报记者 张方志 (北京广播电视报)
	{"拍攝者", CreditOther, 0},
	{"攝影", CreditOther, glued},
	{"摄影师", CreditOther, 0}, // (航拍鄂爾多斯多彩土地,攝影師@任世明)
	{"攝影師", CreditOther, 0},
	{"摄像", CreditOther, 0},
	{"攝像", CreditOther, 0},
	{"图片来源", CreditOther, 0},
	{"图源", CreditOther, needsSep}, // 图源：视觉中国: where a photo comes from, as mainland sites write it
	{"圖源", CreditOther, needsSep},
	{"图片来自", CreditOther, needsSep},
	{"圖片來自", CreditOther, needsSep},
	{"题图", CreditOther, needsSep}, // 题图：视觉中国: the photo over the article
	{"題圖", CreditOther, needsSep},
	{"头图", CreditOther, needsSep},
	{"頭圖", CreditOther, needsSep},
	{"圖片來源", CreditOther, 0},
	{"照片来源", CreditOther, 0}, // (照片來源:宜蘭縣傳統竹圍測繪專輯)
	{"照片來源", CreditOther, 0},
	{"主持人", CreditOther, needsSep}, // 主持:王晓菁, who chaired a meeting or hosts a programme
	{"主持", CreditOther, needsSep},
	{"图片", CreditOther, needsSep},
	{"圖片", CreditOther, needsSep},
	{"图", CreditOther, needsSep},
	{"圖", CreditOther, needsSep},
	{"图表", CreditOther, 0},
	{"圖表", CreditOther, 0},
	{"制图", CreditOther, 0},
	{"製圖", CreditOther, 0},
	{"插画", CreditOther, 0},
	{"绘画", CreditOther, 0}, // 策划/潘琳琍  绘画/洪孟晨
	{"繪畫", CreditOther, 0},
	{"插畫", CreditOther, 0},
	{"封面", CreditOther, needsSep},
	{"出品", CreditOther, trailing},
	{"监制", CreditOther, 0},
	{"監製", CreditOther, 0},
	{"统筹", CreditOther, 0},
	{"統籌", CreditOther, 0},
	{"策划", CreditOther, 0},
	{"策劃", CreditOther, 0},
	{"企划", CreditOther, 0}, // ■ 企畫——林素幸 (藝術觀點ACT)
	{"企劃", CreditOther, 0},
	{"企畫", CreditOther, 0},
	{"配图", CreditOther, 0}, // 采写：汁儿配图：受访者提供 (WeChat)
	{"配圖", CreditOther, 0},
	{"音频编辑", CreditOther, 0}, // 音频编辑：夏夏 (看理想)
	{"音頻編輯", CreditOther, 0},
	{"视频编辑", CreditOther, 0},
	{"視頻編輯", CreditOther, 0},
	{"编译", CreditOther, glued},
	{"編譯", CreditOther, glued},
	{"翻译", CreditOther, 0},
	{"翻譯", CreditOther, 0},
	{"译者", CreditOther, 0},
	{"譯者", CreditOther, 0},
	{"译", CreditOther, needsSep}, // 文/ 魏簡;譯/陳慧穎
	{"譯", CreditOther, needsSep},
	{"排版", CreditOther, 0},
	{"设计", CreditOther, 0},
	{"設計", CreditOther, 0},
	{"视频", CreditOther, needsSep},
	{"視頻", CreditOther, needsSep},
	{"剪辑", CreditOther, 0},
	{"剪輯", CreditOther, 0},
	{"供稿", CreditOther, trailing},
	{"觀點投書", CreditAuthor, trailing}, // 余陽洲/觀點投書: an opinion piece sent in, its writer before
	{"观点投书", CreditAuthor, trailing},
	{"摄", CreditOther, trailing},
	{"拍摄", CreditOther, trailing}, // 王东拍摄; in 本报记者拍摄 the verb's 拍 is no name
	{"航拍", CreditOther, needsSep}, // 航拍：张三, who took the aerial photos
	{"口述", CreditOther, needsSep}, // 口述：张三 整理：李四, whose account the piece is
	{"拍攝", CreditOther, trailing},
	{"攝", CreditOther, trailing},
	{"翻摄", CreditOther, trailing},
	{"翻攝", CreditOther, trailing},
	{"指導老師", CreditOther, 0},
	{"指导老师", CreditOther, 0},
	{"美编", CreditOther, 0},
	{"美編", CreditOther, 0},
	{"线索提供", CreditOther, 0},
	{"線索提供", CreditOther, 0},
	{"资料提供", CreditOther, 0},
	{"資料提供", CreditOther, 0},
	{"整理", CreditOther, needsSep},
	{"相片", CreditOther, needsSep},
	{"供图", CreditOther, trailing},
	{"供圖", CreditOther, trailing},
	{"图片提供", CreditOther, 0},
	{"圖片提供", CreditOther, 0},
	{"照片提供", CreditOther, 0},
	{"作品提供", CreditOther, 0}, // 整理/陳怡慈;作品提供/何經泰: who lent the works shown
	{"影像提供", CreditOther, 0},
	{"片", CreditOther, needsSep}, // 片:Cindy Tang, a video's maker (Hong Kong)
	{"审稿", CreditOther, 0},
	{"审稿人", CreditOther, 0},
	{"審稿人", CreditOther, 0},
	{"審稿", CreditOther, 0},
	{"选稿", CreditOther, 0}, // 选稿：许文杰, who chose a reposted story (东方网)
	{"選稿", CreditOther, 0},
}

// creditGrammar finds the labels of a line fast: by their first rune,
// longest first.
type creditGrammar struct {
	byRune map[rune][]creditLabel
	// first has bit r%4096 set for the first rune of every label: most
	// runes of a line need no look in byRune (see labelsAt).
	first [64]uint64
	quick *literals // see mayHold
}

// labelsAt returns the labels that start with r, longest first.
func (g *creditGrammar) labelsAt(r rune) []creditLabel {
	if g.first[(r&4095)>>6]&(1<<(r&63)) == 0 {
		return nil
	}
	return g.byRune[r]
}

func newCreditGrammar(extra []creditLabel) *creditGrammar {
	g := &creditGrammar{byRune: map[rune][]creditLabel{}}
	// The caller's labels first: where one is also built in, it wins.
	for _, l := range append(append([]creditLabel(nil), extra...), creditLabels...) {
		r, _ := utf8.DecodeRuneInString(l.label)
		g.byRune[r] = append(g.byRune[r], l)
		g.first[(r&4095)>>6] |= 1 << (r & 63)
	}
	for _, ls := range g.byRune {
		sort.SliceStable(ls, func(i, j int) bool { return len(ls[i].label) > len(ls[j].label) })
	}
	// What a line of credits must hold: a label (one that needs a
	// separator, with it), or a 《 of a print edition or note.
	quick := []string{"《", "提供"}
	for _, ls := range g.byRune {
		for _, l := range ls {
			if !l.has(needsSep) {
				quick = append(quick, l.label)
				continue
			}
			for _, sep := range creditSeps + " " {
				quick = append(quick, l.label+string(sep))
			}
		}
	}
	g.quick = newLiterals(quick)
	return g
}

// bylineMarkers set a byline apart at its start: ■ 记者 张三, □ 初墨,
// ▋ 记者 张亚琴, ☉張國財.
const bylineMarkers = "►▶■□●▌▋▍▲☉※◆◇★◎·•"

// The sets of runes the credit grammar trims most (see cutset).
var (
	openersCut      = newCutset("（(【[〔［，," + bylineMarkers + " ")
	markersCut      = newCutset(bylineMarkers + " ")
	sepsCut         = newCutset(" " + creditSeps)
	sepsDashCut     = newCutset(" " + creditSeps + "、-")
	nameBracketsCut = newCutset("（）()【】〔〕［］[]")
	orgBracketsCut  = newCutset("《》（）()")
	closingCut      = newCutset("\"”) \t\n\u00a0")
	barsCut         = newCutset(" |｜")
)

// creditSeps separate a label from its names.
const creditSeps = "：:︰|｜丨︱/／╱—\\＼@" // @ as Weibo and WeChat credit a person (攝影師@任世明); ︰ (U+FE30) is the colon of many Hong Kong pages: 記者︰脫芷晴; \ a slash mistyped (鄭建勳\臺中報導), ＼ its full-width form (作者＼生活報橘 蔡芷庭)

// isCreditSep reports whether r is one of creditSeps. It is asked of
// every rune of a credit line: a switch, not a search of the string.
func isCreditSep(r rune) bool {
	switch r {
	case '：', ':', '︰', '|', '｜', '丨', '︱', '/', '／', '╱', '—', '\\', '＼', '@':
		return true
	}
	return false
}

// labelWordEnds are the punctuation that ends the word before a label,
// as white space and the separators do (see endsLabelWord).
const labelWordEnds = "，,、；;（(【〔［[。！？!?…“”\""

// endsLabelWord reports whether r is one of labelWordEnds.
func endsLabelWord(r rune) bool {
	switch r {
	case '，', ',', '、', '；', ';', '（', '(', '【', '〔', '［', '[', '。', '！', '？', '!', '?', '…', '“', '”', '"':
		return true
	}
	return false
}

// sepAfterSpace reports whether s, after its leading spaces, opens with a
// separator: 整理 | 章雨铭.
func sepAfterSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \u00a0\u3000"))
	return isCreditSep(r)
}

var (
	// staffCode is an editor's staff or desk code: SF014, PK155, HN666,
	// and the one glued to a name by an underscore: 杨倩_NF4425.
	staffCode = regexp.MustCompile(`^(?:[A-Za-z]{1,4}\d{2,}|\d{5,})$`)
	gluedCode = regexp.MustCompile(`_[A-Za-z]{1,4}\d{2,}$`)
	// orgWord is an outlet's, desk's or platform's name: 新浪财经,
	// 观察者网, 聯合報, 生活中心, 腾讯新闻客户端.
	orgWord = newOrgWordMatcher(orgSuffixes)
	// orgSuffixes end the names of outlets, desks and platforms.
	orgSuffixes = strings.Split("网|網|报|報|社|台|刊|新闻|新聞|财经|財經|周刊|週刊|客户端|APP|App|app|快訊|快讯|中心|栏目组|欄目組|公众号|公眾號|头条|頭條|视觉|視覺|集团|集團|研究院|研究所|频道|頻道|全媒体|全媒體|之声|之聲|讯|訊|新闻云|新聞雲|采访组|採訪組|编辑部|編輯部|编辑室|編輯室|记者站|記者站|工作室|社发|社發|传媒|傳媒|融媒|之窗|在线|在線", "|")
	// dateline is where a report was filed: 北京报道, 台北即時報導, 綜合外電報導,
	// 台北20日電, 发自北京.
	dateline = regexp.MustCompile(`^(?:[\p{Han}\d]{0,10}(?:[报報][道導]|電|电)|发自\p{Han}{2,10}|發自\p{Han}{2,10}|[\p{Han}]{2,4}市)$`)
	// jobWord marks a job title or affiliation after a name.
	jobWord = newLiterals(strings.Split("社长|社長|局长|局長|部长|部長|校长|校長|会长|會長|总裁|總裁|秘书长|秘書長|教授|大学|大學|研究员|研究員|主任|总监|總監|专栏|專欄|总编|總編|律师|律師|博士|分析师|分析師|董事|经理|經理|院长|院長|学者|學者|专家|專家|所长|所長|主笔|主筆|作家", "|"))
	// printEdition is a newspaper edition line once its date is read:
	// 《人民日报海外版》（ 第03版）, 《 人民日报 》（ 04 版）.
	printEdition = regexp.MustCompile(`^《\s*([^《》]{2,20}?)\s*》\s*[（(]\s*(?:第?\s*\d{1,3}\s*版)?\s*[）)]$`)
	// issueNote is the issue of a magazine after its name in a source:
	// 中国国家地理 2004年第04期, 三角洲 2022 年 09 期.
	issueNote = regexp.MustCompile(`\s*\d{4}\s*年\s*第?\s*\d{1,3}\s*期$`)
	// citation is what follows a journal's name in a citation: the year,
	// then the volume, issue or pages: , 2022, S2: 81-82.
	citation = regexp.MustCompile(`^[，,]\s*(?:19|20)\d{2}\s*[，,(（]\s*[A-Za-z0-9（）()]{1,12}\s*(?:[：:]\s*\d+(?:[-–]\d+)?)?\s*[.。]?$`)
	// printNote is a note of where an article was printed first: 刊于《半月谈》
	// 2019年第24期, 原载《求是》.
	// printNoteAuthor is the clause after a print note that says who
	// wrote the piece, by role and without a name: ，作者为该报记者,
	// ，作者系本刊特约撰稿人.
	printNoteAuthor = regexp.MustCompile(`\s*[，,;；]\s*作者(?:为|為|系|係|是)[^，,。;；]{0,12}?(?:记者|記者|编辑|編輯|撰稿人|通讯员|通訊員)$`)
	printNote       = regexp.MustCompile(`^(?:刊于|刊於|原载|原載|载于|載於|转载自|轉載自)\s*《([^《》]{2,20})》[^，。！？]{0,20}$`)
	// gluedDateline is a name with a dateline glued after it: the name is
	// two or three characters, the place two, or three ending in 市 or 縣.
	gluedDateline = regexp.MustCompile(`^(\p{Han}{2,}?)(?:\p{Han}{2}|\p{Han}{2}[市縣县])(?:即時)?[报報][道導]$`)
	// photoNote is a note on a photo where a name would stand: 資料照,
	// 示意圖, 翻攝.
	photoNote = regexp.MustCompile(`(?:照|图|圖|攝|摄|片)$|^(?:示意|翻攝|翻摄)`)
	// idNote is an account's ID or address in brackets after its name:
	// 倒退集(ID:daotuiji).
	idNote = headOf(regexp.MustCompile(`[（(][^（）()]*(?:ID|id|www\.|http|@)[^（）()]*[）)]`))
	// accountID is an account's ID in brackets after its name, the ID
	// labelled: （ID：CSDNnews）, (微信ID: xxx).
	accountID = regexp.MustCompile(`[（(]\s*(?:微信)?(?:ID|id|Id)\s*[：:][^（）()]*[）)]`)
	// accountIDAtEnd is such an ID at the end of a line, with no
	// brackets, after a space or a separator: 劉渝民談推廣  ID:liuyumin3578.
	accountIDAtEnd = regexp.MustCompile(`(?:\s+|\s*[|｜]\s*)(?:微信)?(?:ID|id|Id)\s*[：:]\s*[A-Za-z0-9_.-]+\s*$`)
	// latinSlash is a credit of several agencies: AFP/GettyImages.
	latinSlash = regexp.MustCompile(`^[A-Za-z][A-Za-z .]*(?:/[A-Za-z][A-Za-z .]*)+$`)
	// hasDateline finds a dateline in a desk's byline: （國際中心／綜合外電報導）.
	hasDateline = regexp.MustCompile(`[报報][道導]|電$|电$`)
	// screenshot ends the source of an image caption: 来源/燃财经截图.
	screenshot = headOf(regexp.MustCompile(`(?:截图|截圖|供图|供圖|配图|配圖)$`))
	// bracketed is an affiliation, address or job title in brackets after
	// a name: 余源（andyy1988@126.com）, 黃思維(野火法律事務所 律師).
	bracketed = regexp.MustCompile(`[（(][^（）()]*[）)]`)
)

// fillers are words around credits that are neither names nor labels:
// 黃思維 提供, 作者：未知, and the buttons of bylines: 来源：新京报 举报.
var fillers = map[string]bool{"提供": true, "未知": true, "整理": true, "综合": true, "綜合": true,
	"举报": true, "舉報": true, "纠错": true, "糾錯": true, "打印": true, "打印本页": true, "打印本頁": true,
	"关闭": true, "關閉": true, "收藏": true, "关闭窗口": true, "關閉窗口": true,
	"分享": true, "A-": true, "A": true, "A+": true, "转载": true, "轉載": true, "返回原文": true, "返回": true,
	"-": true, "–": true, "分享到": true, "分享到：": true, "分享到:": true,
	"追蹤": true, "追踪": true, "關注": true, "关注": true, // 基督教論壇報 何毓芬 追蹤: a button to follow the author
	// 首圖/示意圖,取自Unsplash: what a photo is, not who took it.
	"示意圖": true, "示意图": true, "示意圖片": true, "示意图片": true, "資料照": true, "资料照": true, "資料圖": true, "资料图": true}

// outlets are the short names outlets sign with that no suffix marks as
// an outlet's: 文｜财新 王石玉, 每经记者 张怀水, 采写：南都记者 余毅菁.
var outlets = map[string]bool{"财新": true, "財新": true, "每经": true, "南都": true, "澎湃": true, "界面": true,
	"红星": true, "極目": true, "极目": true, "观察者": true, "觀察者": true, "凤凰": true, "鳳凰": true, "腾讯": true,
	"騰訊": true, "网易": true, "網易": true, "新浪": true, "搜狐": true, "央视": true, "央視": true, "总台": true,
	"總台": true, "数据宝": true, "數據寶": true, "中央社": true, "法新社": true, "路透社": true, "美联社": true,
	"中時": true, "中时": true, "36氪": true}

// genericOutlet is an outlet's name that a place or a brand stands
// before: 亞太新聞網, 香港日報. Such a word is one outlet, not a name and an
// outlet.
var genericOutlet = regexp.MustCompile(`^(?:新闻网|新聞網|日报|日報|时报|時報|晚报|晚報|电视台|電視台|通讯社|通訊社|新闻云|新聞雲)$`)

// creditSegment is one label and the text of its value.
type creditSegment struct {
	label creditLabel
	value string   // the value as printed, for titles and sources
	names []string // the names read from it
}

// creditLine is what a line of credits holds.
type creditLine struct {
	segs    []creditSegment
	date    time.Time
	hasDate bool
	dated   bool // the date has a time
	updated bool // the date is labelled as an update (最新更新：…): the time of the last change, not of publication
}

// updateLabels are the labels of a date that says when a page last
// changed: 最新更新：2016/03/19 10:48, 更新时间, 修改时间, Updated.
var updateLabels = newLiterals([]string{"更新", "修改", "修訂", "修订", foldMark + "updated", foldMark + "last modified"})

// metaLabels are the labels of the lines around bylines that say nothing
// of the credits — dates, counters, font-size buttons — and are dropped
// with the number or bracket after them (see stripMetaLabels).
var metaLabels = newLiterals([]string{"最新更新", "最后更新", "最後更新", "发布时间", "發佈時間", "发布日期", "發布日期", "发稿时间", "發稿時間",
	"发表时间", "發表時間", "版次", "发表于", "發表於", "发表日期", "發表日期", "發布時間", "发布于", "發佈於", "發布於", "上传", "上傳", "更新时间", "更新時間", "建立時間", "出刊日期", "出版", "更新", "时间", "時間", "日期",
	"浏览次数", "瀏覽次數", "阅读次数", "閱讀次數", "刊发日期", "刊發日期", "地區", "地区", "浏览量", "瀏覽量", "阅读量", "閱讀量", "点击数", "點擊數", "阅读数", "閱讀數", "阅读", "閱讀", "点击", "點擊", "字号", "字號",
	"字体", "字體", "收藏成功", "收藏本文", "點閱", "点阅", "新闻热线", "新聞熱線", "字数", "字數", "阅读人次", "閱讀人次", "浏览", "瀏覽", "回复数", "回覆數", "人气", "人氣", "版权声明", "版權聲明", "TEL：", "TEL:", "Tel：", "Tel:", "电话：", "电话:", "電話：", "電話:", "TAG：", "TAG:", "文档序号", "文檔序號", "语音阅读", "語音閱讀", "语音播报", "語音播報",
	foldMark + "posted", foldMark + "published"})

// categoryLabel is a page's category label and its separator, standing
// as a word of its own (分类：2014创刊30周年征文, | 类别: 要闻), not in a
// word (垃圾分类).
var categoryLabel = regexp.MustCompile(`(^|[\s|｜【\[（(])(?:分类|分類|类别|類別)\s*[:：]\s*`)

// stripCategory replaces a category label and its value (the word after
// it, unless that opens a label of the grammar) by a space.
func (g *creditGrammar) stripCategory(s string) (string, bool) {
	m := categoryLabel.FindStringSubmatchIndex(s)
	if m == nil {
		return s, false
	}
	rest := s[m[1]:]
	if !g.startsWithLabel(rest) {
		if sp := indexAnyRune(rest, " \t\u00a0\u3000|｜"); sp >= 0 {
			rest = rest[sp:]
		} else {
			rest = ""
		}
	}
	return s[:m[3]] + " " + rest, true
}

// editionPage is the page of a paper's edition on its date line, with
// the page's name: 第10版:寻踪, 第A03版：要闻.
var editionPage = regexp.MustCompile(`第\s*[A-Za-z]?\d{1,3}\s*版(?:\s*[:：]\s*([^\s|｜:：，,。;；（）()【】]{1,12}))?`)

// stripEditionPage replaces each edition page of s (see editionPage) by
// a space; a label run into the page's name (第10版：要闻编辑：李四) stays.
func (g *creditGrammar) stripEditionPage(s string) string {
	ms := editionPage.FindAllStringSubmatchIndex(s, -1)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		end := m[1]
		if m[2] >= 0 {
			if ls := g.find(s[m[2]:m[3]]); len(ls) > 0 {
				end = m[2] + ls[0].orgStart
			}
		}
		s = s[:m[0]] + " " + s[end:]
	}
	return s
}

// englishWeekday is a weekday in English beside a date, with its comma.
var englishWeekday = regexp.MustCompile(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?`)

// weekdayWord is a weekday standing apart from its date on a date line,
// a word of its own: 周 is also a family name (编辑：周一鸣).
// A 星期 or 礼拜 alone is a weekday a page's script failed to fill in
// (2009 年 2 月 20 日 星期 【打印】); a 周 alone may be a name.
// An opening bracket after it stays (星期【打印】, as Normalize writes it).
var weekdayWord = regexp.MustCompile(`(^|[\s,，(（])(?:(?:星期|礼拜|禮拜)[一二三四五六日天]?|(?:週|周)[一二三四五六日天])(?:[,，)）]|\s|$|([【（(\[]))`)

// stripMetaLabels replaces each meta label of s, with the separator,
// digits and brackets after it (时间：, 阅读 1024, 字号：【) or a count
// before it (2789次浏览), by a space; a
// label run into the words after it (点击图片浏览下一页, 字号大中小) goes
// with them, to the next space.
func stripMetaLabels(s string) string {
	start, end := metaLabels.index(s, 0)
	if start < 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for start >= 0 {
		rest := s[end:]
		if r, _ := utf8.DecodeRuneInString(rest); isHan(r) {
			// 点击图片浏览下一页, 字号大中小: a label run into the words
			// after it is a button's or a widget's text, to the next space.
			if sp := indexAnyRune(rest, " \t\u00a0\u3000"); sp >= 0 {
				rest = rest[sp:]
			} else {
				rest = ""
			}
		}
		rest = strings.TrimLeft(rest, " \t")
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "："), ":")
		rest = strings.TrimLeft(rest, " \t")
		if run := strings.TrimLeft(rest, "0123456789【[（()）-"); strings.ContainsAny(rest[:len(rest)-len(run)], "0123456789") {
			// TEL：（010）68476606, 浏览:1432次; but 【作者:…】 after Posted:
			// keeps its bracket.
			rest = strings.TrimPrefix(strings.TrimPrefix(run, "人次"), "次")
		}
		pre := s[last:start]
		if q := strings.TrimSuffix(strings.TrimRight(pre, " "), "次"); len(q) < len(strings.TrimRight(pre, " ")) {
			if n := strings.TrimRight(q, "0123456789"); len(n) < len(q) {
				pre = n // 2789次浏览: the count before its label
			}
		}
		b.WriteString(pre)
		b.WriteByte(' ')
		last = len(s) - len(rest)
		start, end = metaLabels.index(s, last)
	}
	b.WriteString(s[last:])
	return b.String()
}

// sectionNumbered reports whether s opens with the number of a part, a
// chapter, an article or a report's section (第二章, 第五条, 一、, （一）,
// 附件1): the heading of a part of the text, whatever words follow it.
func sectionNumbered(s string) bool {
	if !maybeNumbered(s) {
		return false
	}
	n := numberOf(s)
	return n != nil && (n.family == famLaw || n.family == famAnnex || n.family == famGB && n.rank <= 20)
}

// maxCreditLine is the longest line, in bytes, read as a line of credits:
// about a hundred characters, twice the longest of the 340 real credit
// lines in testdata/credits. Longer paragraphs are prose; only their end
// is read for credits (liftTrailingByline).
const maxCreditLine = 320

// line reads s, a paragraph or a part of one, as a line of credits. In
// strict mode every credit needs a label; lenient mode (the byline area
// of a page, a bracket at the end of a paragraph) also reads names with
// no label as authors. It returns false for anything that is not
// credits, a sentence above all, so that a credit word inside a sentence
// stays in the body.
func (g *creditGrammar) line(s string, mode lineMode, loc *time.Location) (creditLine, bool) {
	var cl creditLine
	lenient := mode&modeLenient != 0
	if s == "" || len(s) > maxCreditLine || strings.ContainsRune(s, '\n') ||
		!lenient && containsAnyOf(s, "，", "。") && !g.startsWithLabel(s) ||
		lenient && len(s) > 120 && hasSentenceEnd(s) && !g.startsWithLabel(s) { // prose: credits are short lines
		return cl, false
	}
	if strings.Contains(s, "∕") || strings.Contains(s, "⁄") {
		// 記者陳木隆∕宜蘭報導: the division slash (U+2215) or the fraction
		// slash (U+2044), printed for a slash.
		s = strings.ReplaceAll(strings.ReplaceAll(s, "∕", "／"), "⁄", "／")
	}
	if strings.IndexByte(s, '(') >= 0 && containsAnyRune(s, toneMarks) {
		// 來(lái)源|…, 文檔序號(hào): a converter's pinyin glosses after
		// characters, in copies of Traditional pages.
		s = pinyinGloss.ReplaceAllString(s, "$1")
	}
	s = g.joinSpacedLabels(s) // 编 辑:苏 伟: a label printed with spaces inside
	if !lenient && !g.mayHold(s) || sectionNumbered(s) {
		return cl, false // sectionNumbered: 第二章 设计, 第三章 编辑, a chapter's title, no credit
	}
	t := markersCut.trimLeft(s)
	marked := t != s
	if marked && strings.HasPrefix(t, "文") && !strings.HasPrefix(t, "文 ") {
		// ►文观察者网鞠峰: after a marker, 文 runs into the outlet and name.
		t = "文 " + t[len("文"):]
	}
	s = t
	if strings.Contains(s, "※") {
		// ※发布时间:… ※发布作者:habao ※出自何处:: the marker before each
		// credit, not only the first, sets it apart.
		s = strings.ReplaceAll(s, " ※", "  ")
	}
	// Dates go first: their digits and colons are no names.
	for k := 0; k < 4 && strings.ContainsAny(s, "0123456789"); k++ {
		loc2 := dateSpan(s, loc)
		if loc2 == nil {
			break
		}
		if !cl.hasDate {
			cl.date, cl.dated, cl.hasDate = findDateTime(s[loc2[0]:loc2[1]], loc)
			cl.updated = updateLabels.in(s[:loc2[0]])
		}
		s = s[:loc2[0]] + " " + s[loc2[1]:]
	}
	if cl.hasDate && containsAnyOf(s, "星期", "週", "周", "礼拜", "禮拜") {
		s = weekdayWord.ReplaceAllString(s, "${1} ${2}") // 週二, 01 五月 2018 08:40: the date's weekday
	}
	if cl.hasDate && strings.Contains(s, "版") {
		s = g.stripEditionPage(s) // 2025年04月11日 第10版:寻踪: an e-paper's page
	}
	if cl.hasDate && containsAnyOf(s, "day", "Day", "DAY") {
		s = englishWeekday.ReplaceAllString(s, " ") // Friday, May 26, 2006: the date's weekday
	}
	if cl.hasDate && strings.HasPrefix(s, "由") && postedBy.MatchString(trimSpace(s)) {
		s = "" // 由 reporter 於 … 所發表: who posted the page, no credit
	}
	if cl.hasDate && containsAnyOf(s, "发布", "發佈", "發布") {
		// 樂活內蒙古 發佈 2022-11-07T07:33:15: who posted the page, and the
		// word, before the date (now taken out), are no credit either.
		s = posterBeforeDate.ReplaceAllString(s, "${1}")
	}
	if containsAnyRune(s, "发發") && containsAnyOf(s, "发表于", "發表於", "发布于", "發佈於", "發布於") {
		// |  LCF 发布于 2015-07-11: the handle of who posted the page, right
		// before the meta word, is no credit.
		s = posterBefore.ReplaceAllString(s, "${1}${2}")
	}
	before := len(s)
	s = stripMetaLabels(s)
	hadMeta := len(s) != before // 发表于, 發佈日期, 瀏覽次數: a line of the page's meta
	if containsAnyOf(s, "分类", "分類", "类别", "類別") {
		var category bool
		s, category = g.stripCategory(s)
		hadMeta = hadMeta || category
	}
	s = trimSpace(s)
	if hadMeta {
		// 杨文凯 (发表日期:… 阅读人次:51 回复数:0): brackets that held only
		// the meta, now empty or left open.
		s = trimSpace(emptyBracket.ReplaceAllString(s, " "))
	}
	if cl.hasDate && strings.Trim(s, "（）()【】[] ") == "" {
		s = "" // (2023年07月13日): a date alone in brackets
	}
	if end := barsCut.trimRight(s); end != s && !containsAnyRune(end, "|｜") {
		// Bars only at the end separate nothing: 記者鄭穎暄/攝影 |, and
		// 编辑：阿水 || before a hotline stripped above. (| 文化 | is a heading.)
		s = end
	}
	if s == "" {
		return cl, cl.hasDate && lenient
	}
	if strings.Contains(s, "ID") || strings.Contains(s, "id") {
		s = trimSpace(accountID.ReplaceAllString(s, " "))     // 出品 | CSDN（ID：CSDNnews）
		s = trimSpace(accountIDAtEnd.ReplaceAllString(s, "")) // 來源|劉渝民談推廣  ID:liuyumin3578
	}
	if strings.Contains(s, "授权") || strings.Contains(s, "授權") {
		// 作者:壹叔,作者授权早读课转载。: the reprint's permission after the credits.
		if t := trimSpace(permissionNote.ReplaceAllString(s, "")); t != "" {
			s = t
		}
	}
	groups, ok := bracketGroups(s)
	if !ok {
		return cl, false
	}
	anyCredit := false
	if cl.hasDate {
		mode |= modeDated
	}
	for _, grp := range groups {
		mode := mode
		if grp.bracketed && len(groups) == 1 {
			mode |= modeBracketed
		}
		if marked {
			mode |= modeMarked
		}
		segs, ok := g.segments(grp.text, mode)
		if !ok {
			if grp.bracketed && len(groups) > 1 && isButton(grp.text) {
				continue // 【纠错】 beside 【责任编辑:王萌】
			}
			if grp.bracketed && len(groups) > 1 && cl.hasDate && isNewsTag(grp.text) {
				continue // 【看中國2026年10月7日訊】, its date read: the outlet's tag
			}
			if lenient && cl.hasDate && dateBeside(g, s, hadMeta) {
				// 2021-02-17 東方歷史評論, gmz 发表于:2012-5-26 13:28:02: a date
				// line beside a publication's or a poster's name gives its
				// date and no credit.
				cl.segs = nil
				return cl, true
			}
			return cl, false
		}
		anyCredit = anyCredit || len(segs) > 0 || grp.text != ""
		cl.segs = append(cl.segs, segs...)
	}
	return cl, anyCredit
}

// maxDateBeside is the most text, in runes, that may stand beside a
// date on a date line with no label.
const maxDateBeside = 24

// dateBeside reports whether s, a line of the byline area once its dates
// are read, is a short phrase with no label and no sentence end: a
// publication's or a poster's name beside the date.
func dateBeside(g *creditGrammar, s string, hadMeta bool) bool {
	if runeCount(s) > maxDateBeside || hasSentenceEnd(s) || containsAnyRune(s, "，,") || len(g.find(s)) > 0 {
		return false
	}
	// Beside a meta word (发表于, 發佈日期) the rest is the page's: a poster's
	// handle, a view count. Else the phrase must read as a publication's
	// or a poster's name: 1949年10月1日 中华人民共和国成立 is an event, a line
	// of the article.
	return hadMeta || isOrgText(s) || isAgency(s) || publicationName(s) || poster.MatchString(s) || outletAndColumn(s) || repeatedName(s)
}

// repeatedName reports whether s is one word printed twice or more (湖州发布
// 湖州发布, an account's name and its nickname on a WeChat page's header).
func repeatedName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 {
		return false
	}
	if n := runeCount(words[0]); n < 3 || n > 12 {
		return false // 加油 加油: a cheer, no account
	}
	for _, w := range words[1:] {
		if w != words[0] {
			return false
		}
	}
	return true
}

// outletAndColumn reports whether s is an outlet's name and the name of
// its column or section, and no person's: 国际日报 巴厘之窗, 基督教論壇報 /
// 華人教會.
func outletAndColumn(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return isSpaceRune(r) || r == '/' || r == '／' || r == '|' || r == '｜' })
	if len(words) < 2 || len(words) > 3 || !isOrgText(words[0]) && !publicationName(words[0]) {
		return false
	}
	for _, w := range words[1:] {
		if n := runeCount(w); n < 2 || n > 6 || !allHanNames([]string{w}) || looksLikeHanName(w) && plainNames([]string{w}) {
			return false
		}
	}
	return true
}

// emptyBracket is a bracket with nothing in it, or one opened at the end
// of a line with nothing after it.
var emptyBracket = regexp.MustCompile(`[（(【\[]\s*(?:[）)】\]]|$)`)

// posterBefore is a word standing right before a meta word of posting
// (发表于, 發佈於), after the line's start or a separator: the poster's
// handle. The meta word stays, for stripMetaLabels.
var posterBefore = regexp.MustCompile(`(^|[|｜]|\s{2,})\s*[^\s|｜:：]{1,20}\s*((?:发表于|發表於|发布于|發佈於|發布於))`)

// posterBeforeDate is a handle and 发布 at the end of a line whose date
// was taken out after them.
var posterBeforeDate = regexp.MustCompile(`(^|[|｜]|\s{2,})\s*[^\s|｜:：]{1,20}\s*(?:发布|發佈|發布)\s*$`)

// postedBy is a blog's line of who posted it, its date taken out: 由
// reporter 於 2019-12-07 17:32:23 所發表 (Blogger's Traditional footer).
var postedBy = regexp.MustCompile(`^由\s*[^\s|｜:：]{1,30}\s*[於于]\s*所?(?:發表|发表|發佈|發布|发布)$`)

// poster is a forum poster's handle: Latin letters and digits.
var poster = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.-]{1,20}$`)

// publicationName reports whether s ends as a publication's name or an
// issue of one does: 東方歷史評論, 政大書院電子報第五十二期, 环球华报.
func publicationName(s string) bool {
	s = trimSpace(s)
	for _, end := range [...]string{"評論", "评论", "期", "報", "报", "報章", "报章", "刊", "誌", "志", "网", "網", "新闻", "新聞", "电视台", "電視台"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

// joinSpacedLabels closes up a label printed with spaces between its
// characters, as justified footers print them (编 辑:苏 伟, 三 审:罗 华): two
// to four single Han characters apart by spaces, then a separator, whose
// characters together are a label of g.
func (g *creditGrammar) joinSpacedLabels(s string) string {
	if len(s) > 160 || !spacedSingle(s) || !containsAnyRune(s, creditSeps) {
		return s // a footer's line is short, and a label needs its separator
	}
	return g.joinSpacedScan(s)
}

// spacedSingle reports whether s holds a Han character, spaces, and a
// Han character that no Han character follows (编 辑:): where a label
// printed with spaces inside must start, as joinSpacedScan reads one.
func spacedSingle(s string) bool {
	for i := strings.IndexByte(s, ' '); i >= 0; {
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if prev, _ := decodeLastRune(s[:i]); i > 0 && isHan(prev) {
			c, m := utf8.DecodeRuneInString(s[j:])
			if next, _ := utf8.DecodeRuneInString(s[j+m:]); isHan(c) && !isHan(next) {
				return true
			}
		}
		k := strings.IndexByte(s[j:], ' ')
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

// joinSpacedScan is joinSpacedLabels past its quick refusals.
func (g *creditGrammar) joinSpacedScan(s string) string {
	var b []byte // nil until a label is joined
	last := 0    // s[:last] is in b
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) || i > 0 && !startsWord(s[:i]) {
			i += n
			continue
		}
		// Single characters apart by spaces, from i.
		word, j, k := s[i:i+n], i+n, 1
		for k < 4 {
			sp := j
			for sp < len(s) && s[sp] == ' ' {
				sp++
			}
			c, m := utf8.DecodeRuneInString(s[sp:])
			if sp == j || !isHan(c) {
				break
			}
			next, _ := utf8.DecodeRuneInString(s[sp+m:])
			if isHan(next) {
				break // the next word is no single character
			}
			word, j, k = word+s[sp:sp+m], sp+m, k+1
		}
		after := strings.TrimLeft(s[j:], " ")
		sep, _ := utf8.DecodeRuneInString(after)
		if k >= 2 && after != "" && isCreditSep(sep) && g.isLabel(word) {
			b = append(append(b, s[last:i]...), word...)
			last, i = j, j
			continue
		}
		i += n // 张 三 校 对: the label may start at a later character
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// startsWord reports whether a word may start after before: at a space,
// a separator or a bracket.
func startsWord(before string) bool {
	r, _ := decodeLastRune(before)
	return isSpaceRune(r) || isCreditSep(r) || strings.ContainsRune("（(【〔［[、，,；;", r)
}

// isLabel reports whether w is one of g's labels, whole.
func (g *creditGrammar) isLabel(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	for _, l := range g.labelsAt(r) {
		if l.label == w {
			return true
		}
	}
	return false
}

// mayHold reports whether s holds a label (with its separator where it
// needs one) or a 《 (《人民日报》（…版）, 刊于《半月谈》): most paragraphs
// hold none and need no more look.
func (g *creditGrammar) mayHold(s string) bool {
	return g.quick.in(s)
}

// holdsLabel reports whether the text of a label stands anywhere in s,
// at the start of a rune: find gives no label for a text that holds none.
func (g *creditGrammar) holdsLabel(s string) bool {
	for i := 0; i < len(s); {
		r, n := decodeRune(s[i:])
		for _, l := range g.labelsAt(r) {
			if strings.HasPrefix(s[i:], l.label) {
				return true
			}
		}
		i += n
	}
	return false
}

// labelAtStart reports whether the text of a label starts s (with no
// bracket or marker before it): find can give a label at 0 only then.
func (g *creditGrammar) labelAtStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for _, l := range g.labelsAt(r) {
		if strings.HasPrefix(s, l.label) {
			return true
		}
	}
	return false
}

// startsWithLabel reports whether s opens with a label, after brackets
// and markers: a line with a comma or a full stop in it is a sentence
// unless a label opens it (原标题：…，…; (本文来自澎湃新闻，…)).
func (g *creditGrammar) startsWithLabel(s string) bool {
	return g.labelAtStart(openersCut.trimLeft(s))
}

// lineMode is how a line of credits is read.
type lineMode uint8

const (
	modeLenient   lineMode = 1 << iota // names with no label may be authors
	modeBracketed                      // the line is one pair of brackets
	modeMarked                         // a marker (► ☉ ●) opens the line
	modeHeadline                       // the line stands under a page's headline: a name alone is its byline
	modeDated                          // the line held a date (taken out before its credits are read)
	// modeByline is how a line of the byline area of a page is read.
	modeByline = modeLenient | modeHeadline
	// modeCreditElement is how the text of a CreditClasses element is
	// read: its markup says it is credits.
	modeCreditElement = modeLenient | modeMarked
)

// isButton reports whether a bracketed word is a button of the page
// around a credit: 【纠错】, 【打印】, 【关闭】.
func isButton(s string) bool {
	return runeCount(s) <= 4 && !containsAnyRune(s, creditSeps)
}

type textGroup struct {
	text      string
	bracketed bool
}

// bracketGroups splits a line that is wholly in brackets — one pair, or
// several in a row: 【时间：…】【来源：…】 — into the texts inside them; any
// other line is one group. A bracket inside a line (an affiliation) is
// left to the names.
func bracketGroups(s string) ([]textGroup, bool) {
	open, close := "（(【[〔［", "）)】]〕］"
	r, _ := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(open, r) {
		return []textGroup{{text: s}}, true
	}
	var groups []textGroup
	for s != "" {
		r, n := utf8.DecodeRuneInString(s)
		k := strings.IndexRune(open, r)
		if k < 0 {
			return []textGroup{{text: trimSpace(joinGroups(groups) + " " + s)}}, true
		}
		want, _ := utf8.DecodeRuneInString(close[k:])
		depth, end := 0, -1
		for i, c := range s {
			switch {
			case c == r:
				depth++
			case c == want:
				depth--
			}
			if depth == 0 {
				end = i
				break
			}
		}
		if end < 0 { // an unclosed bracket: "(謝岱穎／綜合報導"
			return []textGroup{{text: trimSpace(s[n:]), bracketed: true}}, true
		}
		groups = append(groups, textGroup{text: trimSpace(s[n:end]), bracketed: true})
		s = trimSpace(s[end+utf8.RuneLen(want):])
	}
	return groups, true
}

func joinGroups(groups []textGroup) string {
	var parts []string
	for _, g := range groups {
		parts = append(parts, g.text)
	}
	return strings.Join(parts, " ")
}

// labelAt is a label found at byte offset at of a line.
type labelAt struct {
	label      creditLabel
	start, end int // the label's bytes
	orgStart   int // where an outlet's name glued before it starts (== start when none)
}

// find returns the labels of s, in order, that sit as labels do: at the
// start of a word (or after an outlet's name, for those that may),
// followed by a separator, a space, the end, or (for those that may) a
// name.
func (g *creditGrammar) find(s string) []labelAt {
	var out []labelAt
	wordStart, lastEnd, valueStart, spaceStart, wordBefore := 0, -1, -1, 0, 0
	lastField := CreditOther
	prev := rune(-1)
	inTitle := false // after 原标题 only a label with a colon starts a credit
	spaced := false  // the line opened with "文 ": short labels may take a space
	for i := 0; i < len(s); {
		r, n := decodeRune(s[i:])
		space := isSpaceRune(r)
		if space || isCreditSep(r) || endsLabelWord(r) {
			wordStart = i + n
		}
		if space {
			if spaceStart != i {
				wordBefore = spaceStart // the word that this space ends starts here
			}
			spaceStart = i + n
		}
		matched := false
		// A label that opens with a space, a separator or a mark that ends
		// a word (a caller's （编辑）) starts a word where it stands: the
		// rune at i moved wordStart past itself above. (Every other label
		// sees wordStart <= i, as ws.)
		ws := min(wordStart, i)
		for _, l := range g.labelsAt(r) {
			if !strings.HasPrefix(s[i:], l.label) {
				continue
			}
			end := i + len(l.label)
			next, _ := utf8.DecodeRuneInString(s[end:])
			if strings.ContainsRune("部室站", next) || strings.HasPrefix(s[end:], "中心") {
				desk := end + len(string(next))
				if next == '中' {
					desk = end + len("中心")
				}
				if after, _ := utf8.DecodeRuneInString(s[desk:]); !isCreditSep(after) {
					if l.field == CreditEditor || l.field == CreditAuthor {
						continue // 作者:編輯部, 记者站: a desk, no label
					}
				} else {
					end, next = desk, after // 摄影部/谭金燕, 采写部/王鸿儒: the desk's role, the desk's people
				}
			}
			// A label with a colon after it starts a credit anywhere:
			// 通讯员王鑫来源：中国青年报客户端.
			atWord := i == ws || prev == -1 || next == '：' || next == ':' ||
				l.field == CreditOriginalTitle && next == '《' // 腾讯新闻原标题《…》
			// 本组图片：, 系列报道策划：, 文字整理/: a word of a few
			// characters before a role's label, and a separator after,
			// make the label as printed.
			// 記者高芸編譯/, 审核：若文终审：: a name glued after the label
			// before, or all of its value, is that label's value, not part
			// of this one.
			compound := i > ws && (l.field == CreditOther || l.field == CreditAuthor) && l.flags&(afterOrg|trailing) == 0 && (isCreditSep(next) || next == ' ') && isRolePrefix(s[ws:i]) &&
				!(lastEnd == ws && looksLikeHanName(s[ws:i])) &&
				!(lastEnd >= 0 && ws == valueStart) // 审核：若文终审：赖婷: the word is all the value of 审核
			if !atWord && !l.has(afterOrg) && !l.has(trailing) && !compound {
				continue
			}
			// 執行編輯：Hovis, 文字編輯：: a word glued before an editor's
			// label, the colon after it and no label before, is part of
			// the label as printed when it names no outlet, never an
			// author's name.
			if !compound && i > ws && l.field == CreditEditor && l.has(afterOrg) && (next == '：' || next == ':') && lastEnd < 0 && isRolePrefix(s[ws:i]) {
				compound = true
			}
			if l.label[0] == 'b' || l.label[0] == 'B' {
				// by 姚嘉敏: only opening the line or after a separator;
				// "Stand by me" is English.
				if before := strings.TrimRight(s[:i], " "); before != "" && !isCreditSep(lastRune(before)) || !isSpaceRune(next) || !bylineName(s[end:]) {
					continue
				}
			}
			if l.label == "編譯" || l.label == "编译" {
				if _, ok := cutReport(s[end:min(len(s), end+len("報導"))]); ok {
					continue // 特約記者編譯報導: a report compiled, no translator's label
				}
			}
			joined := next == '、' && g.startsWithLabel(s[end+len("、"):]) // 策划、撰文 / 卢舫: two labels, one name
			// 作者-ziv: a hyphen right after a label that opens a word
			// separates it from the name.
			hyphen := next == '-' && i == ws
			sepAfter := end == len(s) || isCreditSep(next) || isSpaceRune(next) || next == '，' || next == ',' || hyphen ||
				l.field == CreditOriginalTitle && next == '《' || joined
			colonAfter := strings.HasPrefix(strings.TrimLeft(s[end:], " "), "：") || strings.HasPrefix(strings.TrimLeft(s[end:], " "), ":")
			afterSlash := lastEnd >= 0 && strings.Trim(s[lastEnd:i], " ") == "/" // 文/图 刘玺东
			// 张如良/文: an author's label after the name and a slash, ending
			// the line.
			reversedAuthor := l.field == CreditAuthor && end == len(s) && i > 0 && (prev == '/' || prev == '／') &&
				looksLikeHanName(trimSpace(s[:i-utf8.RuneLen(prev)]))
			switch {
			case inTitle && !colonAfter:
				continue
			case l.has(needsSep) && !(end < len(s) && isCreditSep(next) || joined || end < len(s) && isSpaceRune(next) && (i == 0 && l.label == "文" || afterSlash || spaced && atWord || sepAfterSpace(s[end:])) ||
				reversedAuthor):
				continue
			case !sepAfter && !l.has(glued):
				continue
			}
			// 國際處 李蓮生 編輯: an editor's or another role's label that
			// ends the line after a space follows its names.
			// 王介村/編輯: after a slash too, and so does an author's (张如良/文).
			if !l.has(trailing) && i > 0 && trimSpace(s[end:]) == "" &&
				((spaceStart == i || prev == '/' || prev == '／') && (l.field == CreditEditor || l.field == CreditOther) ||
					reversedAuthor) {
				l.flags |= trailing
			}
			at := labelAt{label: l, start: i, end: end, orgStart: i}
			if compound {
				at.label.label = s[ws:end]
				at.start, at.orgStart = ws, ws
			}
			// An outlet's name glued before the label ("每经编辑"), unless
			// that word is the value of the label before ("来源：证券时报网作者：").
			if !atWord && l.has(afterOrg) {
				// An outlet's name glued before the label ("每经编辑"),
				// unless the word is the value of the label before: all of
				// it, when that label is of another field ("来源：证券时报网
				// 作者：", "記者:龍德文編輯:"), or an item of its list
				// ("記者:黃樂穎、鄧曉彤編輯:").
				whole := ws == valueStart && lastField != l.field
				before, _ := decodeLastRune(s[:ws])
				item := strings.ContainsRune("、，,", before)
				if p, _ := decodeLastRune(s[:i]); strings.ContainsRune("总總副", p) && (l.field == CreditEditor) {
					continue // 总编辑, 副總編輯: a job title
				}
				if !whole && !item {
					at.orgStart = ws
				}
				// 本报记者张靖本报通讯员郜敏: the paper's own 本报 is the
				// outlet; the name before it is the last label's value.
				for _, own := range [...]string{"本报", "本報", "本台", "本刊", "本网", "本網"} {
					if w := s[ws:i]; len(w) > len(own) && strings.HasSuffix(w, own) && lastEnd == ws {
						at.orgStart = i - len(own)
					}
				}
			}
			switch {
			case l.has(trailing) && !atWord && !isCreditSep(next):
				// 医技药剂党支部、药剂科供稿: the names before it, from the last space.
				at.orgStart = max(spaceStart, lastEnd)
			case l.has(trailing) && i > 0 && spaceStart == i && !isCreditSep(next):
				// 來源:通江縣委宣傳部 程聰 攝: the word before the space; 任 超 攝:
				// a name printed with a space inside, its characters alone.
				at.orgStart = spacedName(s, max(lastEnd, 0), max(wordBefore, lastEnd), i)
			}
			// 文 李順瑀 圖 施純泰: after 文 and a space open the line, the
			// other short labels may take a space too.
			spaced = spaced || i == 0 && l.label == "文" && end < len(s) && isSpaceRune(next)
			inTitle = l.field == CreditOriginalTitle
			lastEnd, lastField = end, l.field
			valueStart = end + len(s[end:]) - len(sepsCut.trimLeft(s[end:]))
			out = append(out, at)
			i, prev, matched = end, '：', true
			wordStart = end
			break
		}
		if !matched {
			i += n
			prev = r
		}
	}
	return out
}

// bylineName reports whether what follows "by" up to the next
// separator is a name: Han characters, or up to four Latin words each
// with a capital (by John Smith), and no punctuation of a sentence (By
// the way, …).
func bylineName(s string) bool {
	if i := strings.IndexFunc(s, isCreditSep); i >= 0 {
		s = s[:i]
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if containsAnyRune(w, ",.，。;；!?！？") || !isHan(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isRolePrefix reports whether w, standing before a role's label in one
// word, is part of the label as printed (本组, 系列报道, 文字, 本篇): one to
// four Han characters that name no outlet and hold no name-like tail.
func isRolePrefix(w string) bool {
	n := runeCount(w)
	return n >= 1 && n <= 4 && allHanNames([]string{w}) && !isOrgText(w) && !strings.ContainsRune(w, '·')
}

// segments reads one group of a line into labelled segments.
func (g *creditGrammar) segments(s string, mode lineMode) ([]creditSegment, bool) {
	lenient := mode&modeLenient != 0
	if s == "" {
		return nil, true
	}
	// 读特记者 齐霁 文/ 图: 文/图 after the names says the reporter took
	// the photos too. (The last rune tells most lines apart first.)
	// Both patterns need 文 and 图 (or 圖): most lines that end with one
	// of them (全文, 附图) hold the other not.
	if last, _ := decodeLastRune(strings.TrimRight(s, " ")); (last == '图' || last == '圖' || last == '文') &&
		strings.Contains(s, "文") && containsAnyRune(s, "图圖") {
		m := textAndPhoto.FindStringSubmatchIndex(s)
		if m == nil {
			// 本报记者 吴淑兰文/图: 文/图 glued after a name.
			if m = textAndPhotoGlued.FindStringSubmatchIndex(s); m != nil {
				// (本报记者 张晓文/图 reads so too: 张晓 took the photo; a
				// name that ends in 文 before /图 alone is the rarer case.)
				if f := strings.Fields(s[:m[0]]); len(f) < 2 || !looksLikeHanName(f[len(f)-1]) {
					m = nil
				}
			}
		}
		if m != nil && m[0] > 0 {
			if m[2] < 0 {
				m[2], m[3] = m[4], m[5] // 图/文
			}
			photo, rest := s[m[2]:m[3]], strings.TrimRight(s[:m[0]], " ")
			segs, ok := g.segments(rest, mode)
			if !ok {
				return nil, false
			}
			for _, seg := range segs {
				if seg.label.field == CreditAuthor && len(seg.names) > 0 {
					return append(segs, creditSegment{label: creditLabel{label: photo, field: CreditOther}, names: slices.Clone(seg.names)}), true
				}
			}
			return nil, false
		}
	}
	// 吕依霖 摄影报道, 本报记者 杨继红 … 摄影报道: the reporters took the
	// photos too.
	if head, ok := cutPhotoReport(s); ok {
		segs, ok := g.segments(head, mode)
		if !ok {
			return nil, false
		}
		var photo []string
		for _, seg := range segs {
			if seg.label.field == CreditAuthor {
				photo = append(photo, seg.names...)
			}
		}
		if len(photo) == 0 {
			return nil, false
		}
		return append(segs, creditSegment{label: creditLabel{label: "摄影", field: CreditOther}, names: photo}), true
	}
	// 本报记者 张明星/文 倪军/图: each name with its role after a slash.
	if segs, ok := namesThenRoles(s); ok {
		return segs, true
	}
	// 照片由陳淏提供, 大武警分局/提供, 記者鄭穎暄/攝影: who provided or took a
	// photo, the role after the name. (Most lines end with no such role.)
	// (屏南社大提供): who provided the photo, alone in brackets.
	if mode&modeBracketed != 0 && strings.HasSuffix(s, "提供") && !providedBy.MatchString(s) {
		if org := strings.TrimSuffix(s, "提供"); runeCount(org) >= 2 && runeCount(org) <= 12 && !strings.ContainsAny(org, " ，,。"+creditSeps) {
			seg, ok := readSegment(creditLabel{label: "提供", field: CreditOther}, org)
			if ok && len(seg.names) > 0 {
				return []creditSegment{seg}, true
			}
		}
	}
	if roleLast.in(s[max(0, len(s)-len("攝影")):]) {
		if m := providedBy.FindStringSubmatch(s); m != nil {
			seg, ok := readSegment(creditLabel{label: m[1], field: CreditOther}, m[2])
			return []creditSegment{seg}, ok && len(seg.names) > 0
		}
		if m := nameThenRole.FindStringSubmatch(s); m != nil && !g.isLabel(trimSpace(m[1])) && !containsAnyRune(m[1], "：:|｜") {
			name := trimSpace(m[1])
			for _, l := range [...]string{"记者", "記者"} {
				name = trimSpace(strings.TrimPrefix(name, l))
			}
			seg, ok := readSegment(creditLabel{label: m[2], field: CreditOther}, name)
			return []creditSegment{seg}, ok && len(seg.names) > 0
		}
	}
	if !strings.Contains(s, "作者") {
		// No print note's author clause (the pattern below, run on every
		// line, costs more than this look).
	} else if m := printNoteAuthor.FindStringIndex(s); m != nil && printNote.MatchString(s[:m[0]]) {
		// 原载…《人民铁道》报3版,作者为该报记者: who the author is, in words,
		// after a print note; no name.
		s = s[:m[0]]
	}
	labels := g.find(s)
	if len(labels) == 0 {
		// 《人民日报海外版》（2021年09月20日 第03版）, its date already read: the
		// paper is the source.
		if m := printEdition.FindStringSubmatch(s); m != nil {
			return []creditSegment{{label: creditLabel{label: "来源", field: CreditSource}, value: trimSpace(m[1])}}, true
		}
		// 刊于《半月谈》2019年第24期: a print note names the source.
		if m := printNote.FindStringSubmatch(s); m != nil {
			return []creditSegment{{label: creditLabel{label: "来源", field: CreditSource}, value: trimSpace(m[1])}}, true
		}
		if !lenient {
			return nil, false // no label: no credit in the body
		}
	}
	var segs []creditSegment
	headNames := false    // segs[0] holds the names before the first label
	var headName []string // names before the first label, set aside as a column's name
	// What stands before the first label: nothing, an outlet, a desk, or,
	// in lenient mode, names.
	head := s
	if len(labels) > 0 {
		head = s[:labels[0].orgStart]
	}
	if h := sepsCut.trim(head); h != "" {
		if hasSentenceEnd(h) {
			return nil, false
		}
		names, rest, context := readNamesIn(h, len(labels) > 0)
		// Names with no label are a byline only where bylines stand, with
		// an outlet or a dateline beside them, or alone in brackets or
		// after a marker (（张巨峰）, 【財訊快報陳孟朔】, ☉張國財), and never with a
		// job title: （刘元春，中国人民大学副校长）.
		evidence := context || mode&(modeBracketed|modeMarked) != 0 || endsInTrailing(s, labels) ||
			// 2022-04-15 | 尹鸿 | 来源 …: a name set apart by bars between a
			// date and labelled credits.
			mode&modeDated != 0 && len(labels) > 0 && len(names) == 1 && containsAnyRune(head, "|｜") && looksLikeHanName(names[0]) ||
			mode&modeHeadline != 0 && len(labels) == 0 && len(names) == 1 && h == names[0] && bareName(h) || // 阮子旭, 吉蓮•邰蒂: a name alone under the headline
			mode&modeHeadline != 0 && len(labels) == 0 && nameRow(h, names) // 郭立新 許慧君: names alone, apart by spaces
		switch {
		case len(names) == 0 && rest != "" && (isOrgText(rest) || isAgency(rest)) && len(labels) == 0 && mode&modeBracketed != 0 && !hasDateline.MatchString(h):
			// （中時）, （德國之聲）: an outlet alone in brackets is the source.
			return []creditSegment{{label: creditLabel{label: "来源", field: CreditSource}, value: rest}}, true
		case lenient && len(labels) > 0 && runeCount(h) <= 8 && !hasDigit(h) && !containsAnyRune(h, "：:") &&
			(!evidence || rest != "" && !isOrgText(rest) || !allLookLikeNames(names)):
			// 創辦人聊天室| 撰文者: 金惟純: a column's name before the credits;
			// 城市摄影队 周斌 摄: a team's. (But see headName below.) A
			// label the grammar does not know, with its value (述评：张三), is
			// none: the line is then no credit line, and nothing of it is lost.
			headName = names
			names = nil
		case rest != "" && !isOrgText(rest):
			return nil, false
		case len(names) > 0 && len(labels) == 0 && (!lenient || !evidence || jobWord.in(h) || !allLookLikeNames(names) || !roleSuffixed(names) && !plainNames(names)):
			// With no label, every name must look like a person's: 原创
			// 南方都市报, 联合报书签 and （節錄） are badges, buttons and notes.
			return nil, false
		case len(names) > 0 && len(labels) == 0 && roleSuffixed(names):
			// (王璇译,孙启存校): each name with its role glued after it.
			for _, n := range names {
				name, role := cutRoleSuffix(n)
				l := creditLabel{label: role, field: CreditOther}
				if role == "" {
					l = creditLabel{label: "作者", field: CreditAuthor}
				}
				segs = append(segs, creditSegment{label: l, names: []string{name}})
			}
		case len(names) > 0:
			segs = append(segs, creditSegment{label: creditLabel{label: "作者", field: CreditAuthor}, names: names})
			headNames = true
		}
	}
	skip := -1 // a label whose names an earlier one took
	for k, at := range labels {
		if k == skip {
			continue
		}
		end := len(s)
		if k+1 < len(labels) {
			end = labels[k+1].orgStart
		}
		value := sepsDashCut.trimLeft(s[at.end:end]) // 作者-ziv: a hyphen as the separator
		if at.label.has(trailing) && (at.orgStart < at.start || !sepAfterSpace(s[at.end:])) {
			// 燃财经出品: the value is what stands before the label.
			value = sepsCut.trim(s[at.orgStart:at.start])
			if k > 0 && labels[k-1].end > at.orgStart {
				value = ""
			}
			if at.label.field == CreditAuthor && value != "" && !containsAnyRune(s[at.orgStart:at.start], creditSeps) && !looksLikeHanName(value) {
				return nil, false // 歡迎觀點投書: a call for pieces, no writer's name glued before
			}
			if rest := sepsCut.trim(s[at.end:end]); rest != "" && len(labels) == 1 {
				return nil, false
			}
		}
		seg, ok := readSegment(at.label, value)
		if !ok {
			return nil, false
		}
		if (at.label.label == "以下文章来源于" || at.label.label == "以下文章來源於") && !isOrgText(seg.value) &&
			!(k+1 < len(labels) && labels[k+1].label.field == CreditAuthor) {
			return nil, false // 以下文章来源于一位网友的亲身经历: a sentence, no repost's banner
		}
		if (at.label.field == CreditEditor || at.label.field == CreditResponsibleEditor ||
			at.label.field == CreditOther && k+1 < len(labels) && labels[k+1].label.field == CreditAuthor) &&
			len(seg.names) == 1 && seg.names[0] == value && k+1 < len(labels) &&
			end == labels[k+1].start && strings.HasSuffix(s[:end], value) && isOrgText(value) {
			// 编辑：新华社记者张三, 图片来源:欧洲时报记者黄冠杰 摄: the outlet
			// run into the next label is that label's reporter's, and names
			// no editor or photo source.
			seg.names = nil
		}
		// 记者孙少龙: a name glued to its label, with no separator, must
		// look like a person's; 编辑推荐, 作者搜尋 are a heading and a button.
		if r, _ := utf8.DecodeRuneInString(s[at.end:]); at.label.has(glued) && isHan(r) &&
			len(seg.names) > 0 && allHanNames(seg.names[:1]) && !looksLikeHanName(seg.names[0]) &&
			!(at.label.field == CreditAuthor && teamName(seg.names[0])) && !datelineAfter(s[at.end:], seg.names[0]) {
			return nil, false
		}
		// 【范麗玉記者 台南報導】: the name stands before 記者, a dateline after.
		if len(seg.names) == 0 && at.orgStart < at.start && at.label.field == CreditAuthor {
			if org := s[at.orgStart:at.start]; isSingleName(org) && !isOrgText(org) {
				seg.names = []string{org}
			}
		}
		// 廖彥甄|特約記者編譯報導: the reporter's name before the label, a
		// separator between, when the label names no one after it; a
		// name of two or three characters with no family name of China
		// too (関谷智 / 国際部記者, a Japanese reporter's).
		if len(seg.names) == 0 && k == 0 && at.label.field == CreditAuthor && len(headName) == 1 &&
			(looksLikeHanName(headName[0]) || isSingleName(headName[0]) && !isOrgText(headName[0]) && !jobWord.in(headName[0])) {
			seg.names = headName
		}
		// 文/图 刘玺东 易赛楠: a label with nothing after it but a separator
		// and another label shares that one's names.
		// 文 / 片 / 圖:Miss Wong: through every label so joined; 策划、撰文 / 卢舫.
		for j := k; value == "" && j+1 < len(labels) && strings.Trim(s[labels[j].end:labels[j+1].start], " ") != "" &&
			strings.Trim(s[labels[j].end:labels[j+1].start], " /／、") == ""; j++ {
			next, ok := readSegment(labels[j+1].label, strings.TrimLeft(s[labels[j+1].end:min(len(s), nextLabelStart(labels, j+1, len(s)))], " "+creditSeps))
			if ok && len(next.names) > 0 {
				seg.names = next.names
				break
			}
		}
		// 图/潇湘晨报记者陈正: a photo's credit to an outlet's reporter names
		// the photographer, not an author.
		// 拍摄者:本报记者 张方志: so is a photo's label right before a
		// reporter's.
		if (at.label.has(needsSep) || photoLabel[at.label.label]) && at.label.field == CreditOther && k+1 < len(labels) &&
			labels[k+1].label.field == CreditAuthor && (labels[k+1].label.has(afterOrg) || labels[k+1].start == labels[k+1].orgStart) {
			if org := sepsCut.trim(s[at.end:labels[k+1].start]); org == "" && photographerLabel(at.label.label) && labels[k+1].label.label != "文" || org != "" && isOrgText(org) {
				if next, ok := readSegment(labels[k+1].label, strings.TrimLeft(s[labels[k+1].end:nextLabelStart(labels, k+1, len(s))], " "+creditSeps)); ok && len(next.names) > 0 {
					seg.names, skip = next.names, k+1
				}
			}
		}
		segs = append(segs, seg)
	}
	// 中新社记者 吴旭 摄, 中新社发 张浪 摄, 严建广 摄: a photographer's names
	// stand before 摄, after 记者 or no label.
	if n := len(segs); n > 0 && endsInTrailing(s, labels) && len(segs[n-1].names) == 0 {
		for k := n - 2; k >= 0; k-- {
			if len(segs[k].names) > 0 {
				segs[n-1].names, segs[k].names = segs[k].names, nil
				break
			}
		}
	}
	// 圖/陳貞樺攝: a photo's label before the name says what 攝 after it
	// says; the label printed first keeps the name.
	for k := 0; k+1 < len(segs); k++ {
		if a, b := &segs[k], &segs[k+1]; photoLabel[a.label.label] && len(a.names) == 0 && a.value == "" &&
			photoLabel[b.label.label] && b.label.has(trailing) && len(b.names) > 0 {
			a.names, a.value = b.names, b.value
			segs = slices.Delete(segs, k+1, k+2)
		}
	}
	// 图文 | 李想俣: the writer took the photos too, as 文/图 says.
	for k := 0; k < len(segs); k++ {
		if l := segs[k].label.label; (l == "图文" || l == "圖文") && len(segs[k].names) > 0 {
			photo := creditSegment{label: creditLabel{label: l[:len(l)-len("文")], field: CreditOther}, names: slices.Clone(segs[k].names)}
			segs = slices.Insert(segs, k+1, photo)
			k++
		}
	}
	// 王铮 杨东辉 摄: the label follows all the names before it, not only the
	// last; those with no label of their own are its names too.
	if n := len(segs); n == 2 && headNames && len(labels) == 1 && endsInTrailing(s, labels) && len(segs[1].names) > 0 {
		segs[1].names = append(segs[0].names, segs[1].names...)
		segs = segs[1:]
	}
	if headName != nil && creditsNothing(segs) {
		// 这是上下/撰文: words before a label that credits no one are no
		// column's name over credits; the line is no credit line.
		return nil, false
	}
	return segs, true
}

// creditsNothing reports whether no segment names anyone or gives a value.
func creditsNothing(segs []creditSegment) bool {
	for _, s := range segs {
		if len(s.names) > 0 || s.value != "" {
			return false
		}
	}
	return true
}

// bareName reports whether w, alone on a line where bylines stand, is
// a person's name: three Han characters from a family name (four from a
// compound one; two are too often a word, 易信), or a foreign name
// transliterated with a middle dot (吉蓮•邰蒂).
func bareName(w string) bool {
	if containsAnyRune(w, "•·・") {
		return allHanNames([]string{w}) && runeCount(w) <= 12
	}
	n := runeCount(w)
	if endsLikePlace(w) || strings.ContainsRune(notNameEnds, lastRune(w)) {
		return false // 张家界, 林业局, 黄金周: a place or a word, not a name
	}
	return looksLikeHanName(w) && (n == 3 || n == 4 && compoundSurnames[string([]rune(w)[:2])])
}

// nameRow reports whether h is only the names read from it, two or more
// apart by spaces, each of two or three characters that look like a
// person's name and not a place's or a word's (郭立新 許慧君, 冯晓亭  谢中秀
// 张   琳), one of three at least.
func nameRow(h string, names []string) bool {
	if len(names) < 2 || noSpace(h) != strings.Join(names, "") {
		return false
	}
	three := false
	for _, n := range names {
		c := runeCount(n)
		if c < 2 || c > 3 || !looksLikeHanName(n) || endsLikePlace(n) || strings.ContainsRune(notNameEnds, lastRune(n)) {
			return false
		}
		three = three || c == 3
	}
	return three
}

// notNameEnds are characters that end words and places more often than
// people's names.
const notNameEnds = "界庄莊周局版技部院站所路街节節会會家省国國队隊组組科厂廠業业店馆館"

// cutPhotoReport cuts 摄影报道 (攝影報導), with the space before it, off
// the end of s.
func cutPhotoReport(s string) (string, bool) {
	for _, v := range [...]string{"摄影报道", "攝影報導", "摄影报导"} {
		if head, ok := strings.CutSuffix(s, v); ok && trimSpace(head) != "" {
			return trimSpace(head), true
		}
	}
	return s, false
}

// nameRolePair is a name and its role after a slash: 张明星/文, 倪军/图.
var nameRolePair = regexp.MustCompile(`(\p{Han}{2,4})\s*[/／]\s*(文|图|圖|摄|攝|摄影|攝影)(?:\s|$)`)

// namesThenRoles reads a line made of names each with its role after a
// slash, after a reporter's label or none (本报记者 张明星/文 倪军/图): 文
// makes an author, the others a photo's credit under their label.
func namesThenRoles(s string) ([]creditSegment, bool) {
	if !containsAnyRune(s, "/／") {
		return nil, false
	}
	ms := nameRolePair.FindAllStringSubmatchIndex(s, -1)
	if len(ms) < 2 {
		return nil, false
	}
	head := trimSpace(s[:ms[0][0]])
	for _, l := range [...]string{"本报记者", "本報記者", "记者", "記者"} {
		head = trimSpace(strings.TrimPrefix(head, l))
	}
	if head != "" {
		return nil, false
	}
	var segs []creditSegment
	for k, m := range ms {
		if k > 0 && trimSpace(s[ms[k-1][1]:m[0]]) != "" {
			return nil, false
		}
		name, role := s[m[2]:m[3]], s[m[4]:m[5]]
		if !looksLikeHanName(name) {
			return nil, false
		}
		l := creditLabel{label: role, field: CreditOther}
		if role == "文" {
			l = creditLabel{label: "作者", field: CreditAuthor}
		}
		segs = append(segs, creditSegment{label: l, names: []string{name}})
	}
	if trimSpace(s[ms[len(ms)-1][1]:]) != "" {
		return nil, false
	}
	return segs, true
}

// photographerLabel reports whether l names who took the photo, so that a
// reporter's label right after it names the photographer (拍摄者:本报记者
// 张方志, 摄/本报记者 郭俊峰); 图/文 李四 is two labels sharing a name.
func photographerLabel(l string) bool {
	switch l {
	case "拍摄者", "拍攝者", "摄", "攝", "摄影", "攝影":
		return true
	}
	return false
}

// nameRoles are roles printed glued after a name with no label before
// it: (王璇译,孙启存校), who translated and who checked.
var nameRoles = [...]string{"编译", "編譯", "翻译", "翻譯", "译", "譯", "校对", "校對", "审校", "審校", "校"}

// cutRoleSuffix cuts a role of nameRoles off the end of n when what is
// left looks like a person's name; role is "" when none is cut.
func cutRoleSuffix(n string) (name, role string) {
	for _, r := range nameRoles {
		if head, ok := strings.CutSuffix(n, r); ok && looksLikeHanName(head) {
			return head, r
		}
	}
	return n, ""
}

// plainNames reports whether names with no label are people's as they
// stand: a name of four characters starts with two family names (歐陽,
// 陳李 of a married woman's name), not with one and a word (華人教會, 巴厘之窗:
// a column's or a section's name).
func plainNames(names []string) bool {
	for _, n := range names {
		if runeCount(n) != 4 || containsAnyRune(n, "·•・") {
			continue
		}
		r, size := utf8.DecodeRuneInString(n)
		r2, _ := utf8.DecodeRuneInString(n[size:])
		if !surnames[r2] && !compoundSurnames[string(r)+string(r2)] {
			return false
		}
	}
	return true
}

// roleSuffixed reports whether every name but at most one carries a role
// of nameRoles, and one does: 王璇译 孙启存校, never 李译 alone in a list
// of plain names.
func roleSuffixed(names []string) bool {
	with := 0
	for _, n := range names {
		if _, role := cutRoleSuffix(n); role != "" {
			with++
		}
	}
	return with > 0 && with >= len(names)-1 && len(names) >= 2
}

// providedBy is a photo's credit as a sentence: 照片由陳淏提供, the kind
// of picture and who provided it.
var providedBy = regexp.MustCompile(`^(照片|相片|图片|圖片|图|圖|影片|视频|視頻)由(\S{1,20})提供$`)

// nameThenRole is a name, a slash, and the role it had for a photo:
// 大武警分局/提供, 記者鄭穎暄/攝影, (小尘4x/图); not 文/图, two labels, nor
// 编辑：王明/摄影, a label's value before it (see segments).
var nameThenRole = regexp.MustCompile(`^(\S{2,20}?)\s*[/／╱]\s*(提供|攝影|摄影|攝|摄|翻攝|翻摄|图|圖)$`)

// roleLast are the roles providedBy and nameThenRole end with.
var roleLast = newLiterals([]string{"提供", "攝", "摄", "图", "圖"})

// textAndPhoto is 文/图 (or 图/文, 文、图, 文图) ending a byline after its
// names, with a space or a slash before it (郭颖/文图); group 1 or 2 is
// the photo's label as printed.
var textAndPhoto = regexp.MustCompile(`(?:\s|[/／])(?:文\s*[/／、]?\s*([图圖])|([图圖])\s*[/／、]?\s*文)\s*$`)

// textAndPhotoGlued is 文/图 (or 图/文) glued after the last name of a
// byline, its slash kept: 本报记者 吴淑兰文/图.
var textAndPhotoGlued = regexp.MustCompile(`(?:文\s*[/／]\s*([图圖])|([图圖])\s*[/／]\s*文)\s*$`)

// endsInTrailing reports whether the last label of s is one that follows
// its names (摄, 出品) and ends s.
func endsInTrailing(s string, labels []labelAt) bool {
	if len(labels) == 0 {
		return false
	}
	last := labels[len(labels)-1]
	return last.label.has(trailing) && trimSpace(s[last.end:]) == ""
}

func nextLabelStart(labels []labelAt, k, n int) int {
	if k+1 < len(labels) {
		return labels[k+1].orgStart
	}
	return n
}

// readSegment reads the value of one label.
func readSegment(l creditLabel, value string) (creditSegment, bool) {
	value = strings.TrimRight(trimSpace(value), " ;；,，、") // 文/蔡易澄;人物攝影/…: what parts it from the next
	// 作者：马正拓 （来源：半岛网-半岛都市报）: the bracket that opened before
	// the label closes after its value.
	for _, pair := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		if head, ok := strings.CutSuffix(value, pair[1]); ok && !strings.Contains(head, pair[0]) {
			value = trimSpace(head)
		}
	}
	seg := creditSegment{label: l, value: value}
	switch l.field {
	case CreditOriginalTitle:
		value = strings.TrimRight(value, "，,；; ")
		if strings.HasPrefix(value, "《") && strings.HasSuffix(value, "》") && strings.Count(value, "《") == 1 {
			seg.value = value[len("《") : len(value)-len("》")] // 本文原标题：《…》
		}
		return seg, value != ""
	case CreditSource:
		if value == "" {
			return seg, true
		}
		v := strings.TrimRight(trimSpace(idNote.ReplaceAllString(value, "")), "，,；;。")
		if i := indexAnyRune(v, "|｜"); i >= 0 {
			v = trimSpace(v[:i]) // 来源：央视新闻 | 2026年06月17日
		}
		// 本文来自澎湃新闻，更多原创资讯请下载…: an outlet's name holds no
		// comma; what follows one is a sentence of its own.
		if i := indexAnyRune(v, "，,"); i > 0 && isOrgText(trimSpace(v[:i])) && runeCount(v[i:]) > 12 {
			v = trimSpace(v[:i]) // but 来源：新华社,央视新闻 names two
		}
		for {
			i := strings.LastIndexByte(v, ' ')
			if i < 0 || !fillers[v[i+1:]] {
				break
			}
			v = trimSpace(v[:i]) // 来源: 新京报 举报: the button is no part of the source
		}
		for _, b := range [...]string{"举报", "舉報", "纠错", "糾錯"} {
			if head, ok := strings.CutSuffix(v, b); ok && runeCount(head) >= 2 {
				v = head // 来源: 新京报举报: the button's text run into the source
			}
		}
		if strings.HasSuffix(v, "期") {
			if head := issueNote.ReplaceAllString(v, ""); head != "" {
				v = head
			}
		}
		if i := indexAnyRune(v, "，,"); i > 0 && citation.MatchString(v[i:]) {
			v = trimSpace(v[:i]) // 来源:中国地市报人, 2022, S2: 81-82.: a journal's citation, its year, issue and pages
		}
		if runeCount(v) > 40 || hasSentenceEnd(v) || screenshot.MatchString(v) {
			return seg, false // 来源/燃财经截图: an image's caption
		}
		seg.value = v
		return seg, true
	}
	// 攝影:劉苑杉。: a full stop closing names ends no sentence; after
	// words that are no names (记者,我们采访、报道过许多事、很多人。) it does.
	// A role's credit may name a work or an organization (圖片來源：《DOCTORS》劇照。),
	// never free words (设计：简洁大方。).
	if head, ok := strings.CutSuffix(value, "。"); ok && !hasSentenceEnd(head) &&
		(onlyNames(head) || l.field == CreditOther && workOrOutlet(head)) {
		value = head
		seg.value = head
	}
	if hasSentenceEnd(value) {
		return seg, false
	}
	if l.field == CreditOther && latinSlash.MatchString(value) {
		return creditSegment{label: l, value: value, names: []string{value}}, true // AFP/GettyImages
	}
	if strings.EqualFold(l.label, "by") && value != "" && runeCount(value) <= 20 && isOrgText(value) && !strings.ContainsFunc(value, func(r rune) bool {
		return isSpaceRune(r) || strings.ContainsRune("、，,/／|｜;；（）()【】", r)
	}) {
		// By 苗栗人新聞網: an English byline that names an outlet alone
		// credits the outlet as its author.
		return creditSegment{label: l, value: value, names: []string{value}}, true
	}
	names, rest := readNames(value, l.field)
	if l.field == CreditAuthor && len(names) == 0 && runeCount(value) <= 20 && !strings.ContainsFunc(value, isSpaceRune) &&
		teamName(value) {
		// 作者红雨滴团队, 作者：XX课题组: a team or group that wrote the
		// piece is its author, as printed.
		return creditSegment{label: l, value: value, names: []string{value}}, true
	}
	if (l.field == CreditEditor || l.field == CreditResponsibleEditor) && len(names) == 0 && rest != "" &&
		runeCount(value) <= 20 && !strings.ContainsFunc(value, isSpaceRune) && isOrgText(value) {
		// 编辑：超级军网, 责任编辑：红色山西网: a site that edits what it
		// reposts, named alone, is the editor.
		return creditSegment{label: l, value: value, names: []string{value}}, true
	}
	if rest != "" && l.field == CreditOther && runeCount(rest) <= 40 {
		// 图片来源：新华社, 燃财经出品, 医技药剂党支部、药剂科供稿: an
		// organization is the name of a role other than author or editor;
		// 圖/翻攝高虹安臉書 names the page a photo was taken from, 圖/《科學月刊》
		// a publication.
		names := splitNames(value)
		if slices.ContainsFunc(names, func(n string) bool { return containsAnyRune(n, "|｜") }) {
			return seg, false // 网站地图|诚聘英才|联系我们: a bar of links, no organization
		}
		for i, n := range names {
			n = strings.TrimPrefix(strings.TrimPrefix(n, "翻攝"), "翻摄")
			if head, ok := strings.CutSuffix(n, "提供"); ok && head != "" {
				n = head // 图：新华社提供
			}
			if strings.HasPrefix(n, "《") && strings.HasSuffix(n, "》") && strings.Count(n, "《") == 1 {
				n = n[len("《") : len(n)-len("》")]
			}
			names[i] = n
		}
		return creditSegment{label: l, value: value, names: names}, true
	}
	if rest != "" && !isOrgText(rest) {
		return seg, false
	}
	if len(names) == 0 && rest == "" && l.field == CreditOther && value != "" && runeCount(value) <= 40 {
		// 圖片提供|中國文化大學: a role's value that reads as no name (an
		// institution whose name holds a job word) is kept as written.
		names = splitNames(value)
	}
	seg.names = names
	return seg, true
}

// onlyNames reports whether every item of v, split as splitNames does,
// looks like a person's name: Han (张三) or Latin words (Gelée Lai).
func onlyNames(v string) bool {
	items := splitNames(v)
	for _, n := range items {
		if isLatinWord(n) {
			continue
		}
		// Four characters only with a compound family name: 简洁大方 is
		// no name though 简 is a family name.
		if r := []rune(n); !looksLikeHanName(n) || len(r) == 4 && !compoundSurnames[string(r[:2])] {
			return false
		}
	}
	return len(items) > 0
}

// splitNames splits a value at 、，, and spaces, as they are.
func splitNames(v string) []string {
	return strings.FieldsFunc(v, func(r rune) bool {
		return isSpaceRune(r) || r == '、' || r == '，' || r == ','
	})
}

func hasSentenceEnd(s string) bool { return containsAnyOf(s, "。", "！", "？", "!", "?", "；") }

// containsAnyOf reports whether s holds one of texts: for a few
// multi-byte characters, faster than strings.ContainsAny, which decodes
// every rune of s.
func containsAnyOf(s string, texts ...string) bool {
	for _, t := range texts {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// lastIndexOf returns the byte index of the last of texts in s, or -1.
// A short s is read back from its end, a byte a step, until one of the
// texts starts there. In a longer one it looks for the texts' first bytes
// with strings.IndexByte, which reads many bytes a step, one pass for
// each first byte, where strings.LastIndex hashes its way back one byte
// at a time.
func lastIndexOf(s string, texts ...string) int {
	var first byteSet // the texts' first bytes
	for _, t := range texts {
		if t == "" {
			return len(s) // as strings.LastIndex finds it
		}
		first.add(t[0])
	}
	if len(s) <= shortScan {
		for j := len(s) - 1; j >= 0; j-- {
			if first.has(s[j]) && startsWithAny(s[j:], texts) {
				return j
			}
		}
		return -1
	}
	last := -1
	var done byteSet // the first bytes whose pass is done
	for _, t := range texts {
		c := t[0]
		if done.has(c) {
			continue
		}
		done.add(c)
		for k := 0; ; {
			j := strings.IndexByte(s[k:], c)
			if j < 0 {
				break
			}
			j += k
			if j > last && startsWithAny(s[j:], texts) {
				last = j
			}
			k = j + 1
		}
	}
	return last
}

// shortScan is the longest text lastIndexOf reads back a byte a step:
// below it the passes of strings.IndexByte cost more than they save.
const shortScan = 48

// startsWithAny reports whether s starts with one of texts.
func startsWithAny(s string, texts []string) bool {
	for _, t := range texts {
		if strings.HasPrefix(s, t) {
			return true
		}
	}
	return false
}

// byteSet is a set of bytes, a bit for each.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// readNames reads the names in a value: it splits on 、，,/& and spaces,
// drops staff codes, datelines, job titles, bracketed affiliations and
// outlets standing before names, and joins the single characters of a
// name printed with spaces inside ("杨 洁"). It returns the names and the
// text it could read as no name (an outlet alone).
func readNames(value string, field CreditField) (names []string, rest string) {
	if field == CreditAuthor && containsAnyRune(value, "报報") {
		// 記者黃啟安報道, 记者王小明报道: after a reporter's label, a name
		// of three with the report glued after it, maybe printed with a
		// space inside (記者黃 啟安報道); a place alone (记者北京报道)
		// has two characters or ends as places do (记者郑州市报道).
		if head, ok := cutReport(trimSpace(value)); ok {
			if parts := strings.Fields(head); len(parts) <= 2 {
				if name := strings.Join(parts, ""); runeCount(name) == 3 && looksLikeHanName(name) && !endsLikePlace(name) {
					value = name
				}
			}
		}
	}
	names, rest, _ = readNamesIn(value, true)
	return names, rest
}

// readNamesIn is readNames; labelled says whether a label stands before
// the value (an outlet's name glued after a word is stripped only then:
// 北京新浪網 with no label is an outlet, not the name 北京). It also
// reports whether the value named an outlet or held a dateline, what a
// byline with no label needs to be one.
func readNamesIn(value string, labelled bool) (names []string, rest string, context bool) {
	if containsAnyRune(value, "（(") {
		value = bracketed.ReplaceAllString(value, " ")
	}
	// 洪聖壹／美國舊金山報導: what follows a name after a slash and ends in
	// 報導 is where the report was filed.
	if i := indexAnyRune(value, "/／\\"); i > 0 {
		after := value[i:]
		_, n := utf8.DecodeRuneInString(after)
		a := trimSpace(after[n:])
		if spacedReport.MatchString(a) {
			a = noSpace(a) // 林家慶 / 嘉義縣 報導: a place, a space, the report
		}
		if hasDateline.MatchString(a) && !containsAnyRune(a, " 、，,/／") {
			value, context = value[:i], true
		}
	}
	// 彰化／戴榮懋, 廖哲雄/台南善化: a name and the county or city of
	// Taiwan it was filed from (or the writer lives in), either side of a
	// slash.
	if i := indexAnyRune(value, "/／"); i > 0 {
		before := strings.Trim(value[:i], " ─—-")
		_, n := utf8.DecodeRuneInString(value[i:])
		after := trimSpace(value[i+n:])
		switch {
		case isTaiwanPlace(before) && looksLikeHanName(after) && !isTaiwanPlace(after):
			value, context = after, true
		case isTaiwanPlace(after) && looksLikeHanName(before) && !isTaiwanPlace(before):
			value, context = before, true
		}
	}
	// 软媒 - 刺客: an outlet, a dash, the name.
	if strings.IndexByte(value, ' ') >= 0 { // each dash has spaces around it
		for _, dash := range [...]string{" - ", " – ", " — "} {
			if i := strings.LastIndex(value, dash); i >= 0 {
				value = value[i+len(dash):]
			}
		}
	}
	// 鄭紀威台北 報導: a dateline's 報導 set apart by a space.
	if containsAnyRune(value, "报報") {
		// 鄭紀威台北 報導: a name and a place before the space, glued back;
		// 邵奕儒 報導 is a name alone, and 報導 a word of its own.
		if spacedReport.MatchString(value) {
			head := strings.TrimRightFunc(value[:len(value)-len("報導")], isSpaceRune)
			if runeCount(lastWord(head)) >= 4 {
				value = head + value[len(value)-len("報導"):]
			}
		}
	}
	// 实习生王金茹对此文亦有贡献: a note of a contribution after the name.
	if containsAnyRune(value, "贡貢") {
		value = contribution.ReplaceAllString(value, "")
	}
	var words []string
	raw := nameWords(value)
	if len(raw) == 2 && isSingleName(raw[0]) && strings.Contains(raw[1], " ") && isLatinWord(strings.ReplaceAll(raw[1], " ", "")) {
		raw = raw[:1] // 吳翛 Wu René: a name, and the same name in Latin letters
	}
	for k := 0; k < len(raw); k++ {
		w := raw[k]
		// 夏乙 李根 發自 凹非寺: 发自 and its place set apart by a space are
		// one dateline.
		if (w == "发自" || w == "發自") && k+1 < len(raw) {
			w += raw[k+1]
			k++
		}
		w = nameBracketsCut.trim(w)
		// 取自Unsplash, 翻攝自臉書: where a photo was taken from.
		for _, from := range [...]string{"取自", "翻攝自", "翻摄自"} {
			if rest, ok := strings.CutPrefix(w, from); ok && rest != "" {
				w = rest
			}
		}
		// 《橘园采摘忙》皇甫泽华 摄: a work's title glued before the name.
		if strings.HasPrefix(w, "《") {
			if i := strings.Index(w, "》"); i > 0 && looksLikeHanName(w[i+len("》"):]) {
				w = w[i+len("》"):]
			}
		}
		if strings.IndexByte(w, '_') >= 0 {
			w = gluedCode.ReplaceAllString(w, "")
		}
		// 受访者提供, 桃竹苗分署提供: who provided a photo, the verb after.
		if head, ok := strings.CutSuffix(w, "提供"); ok && head != "" {
			w = head
		}
		// ⑧3程全: a desk code of digits glued before the name.
		if r, _ := utf8.DecodeRuneInString(w); isCodeRune(r) {
			if rest := strings.TrimLeftFunc(w, isCodeRune); looksLikeHanName(rest) {
				w = rest
			}
		}
		// 北京報導聯合報, 曹國維聯合報: an outlet's name glued after a dateline
		// or a name.
		if labelled {
			w = stripTrailingOrg(w)
		}
		// 巴丟草Badiucao: a name with its romanised form glued after it (a
		// capital, then small letters; 东方IC is an agency's name).
		if i := strings.IndexFunc(w, func(r rune) bool { return r < utf8.RuneSelf }); i > 0 && romanised(w[i:]) && allHanNames([]string{w[:i]}) {
			w = w[:i]
		}
		// 李亭綜合報導, 高芸編譯: a name with the desk's compiling or the
		// translating glued after it; 综合央视新闻报道 alone names no one.
		if head, ok := cutCompiledReport(w); ok {
			if !looksLikeHanName(head) {
				context = true
				continue
			}
			w, context = head, true
		}
		// 蔡宗憲報導: a name of three characters with Taiwan's 報導 glued
		// after it and no place (a place of two, 台北報導, is a dateline;
		// one of three ends as places do, 金門縣, or is written 报道 on the
		// mainland, 石家庄报道).
		if head, ok := cutTaiwanReport(w); ok && runeCount(head) == 3 && looksLikeHanName(head) && !endsLikePlace(head) {
			w, context = head, true
		}
		// 賴姵君南投報導, 游博智新北市報導: a dateline glued after the name.
		// 邱俊欽桃園19日電: a wire dateline (place, day, 電) glued after the name.
		if name, ok := cutWireDateline(w); ok {
			w, context = name, true
		}
		if strings.HasSuffix(w, "道") || strings.HasSuffix(w, "導") {
			if m := gluedDateline.FindStringSubmatch(w); m != nil && (!dateline.MatchString(w) || runeCount(w) >= 7) {
				w, context = m[1], true
			}
		}
		// 《上海商報》副總編輯陳季冰: a job title glued before the name.
		if end := jobWord.lastEnd(w); end >= 0 {
			if rest := strings.TrimLeft(w[end:], "輯辑"); isSingleName(rest) {
				w = rest
			}
		}
		// 网络整理, 陈智 整合: who compiled the text; a word of compiling
		// with no person's name before it is no name.
		if head, ok := cutCompiled(w); ok {
			if !looksLikeHanName(head) {
				continue
			}
			w = head
		}
		switch {
		case mayBeDateline(w) && dateline.MatchString(w):
			context = true
			continue
		case w == "", hasDigit(w) && staffCode.MatchString(w), fillers[w], jobWord.in(w),
			strings.ContainsAny(w, "@") || strings.HasPrefix(w, "www.") || strings.HasPrefix(w, "http"):
			continue
		}
		// 观察者网鞠峰, 財訊快報陳孟朔: an outlet glued to the name.
		if len(w) >= 5*3 { // five Han characters at least
			if m := orgThenName.FindStringSubmatch(w); m != nil && !orgWord.MatchString(m[2]) { // not …新聞宣傳辦, one office
				w, context = m[2], true
			}
		}
		// 林宸誼／即時報導 was split at the slash; 賴錦宏/北京報導聯合報 too.
		words = append(words, w)
	}
	var orgs []string
	for _, w := range joinSingles(words) {
		switch {
		case isOrgText(w) || isAgency(w) || strings.HasPrefix(w, "《") || strings.HasSuffix(w, "》"):
			orgs = append(orgs, w)
			context = true
		case isName(w) && (labelled || !photoNote.MatchString(w)):
			names = append(names, w)
		default:
			return nil, value, context
		}
	}
	if labelled && len(names) >= 2 && slices.ContainsFunc(names, acronym) && slices.ContainsFunc(names, func(n string) bool { return !acronym(n) }) {
		// Photo: RNZ / YITING LIN: an agency's initials beside a person's
		// name are the agency's.
		names = slices.DeleteFunc(names, acronym)
		context = true
	}
	if labelled && len(names) >= 2 && runeCount(names[0]) >= 4 && allHanNames(names[:1]) && !looksLikeHanName(names[0]) && allLookLikeNames(names[1:]) {
		// 攝影|日常散步 李盈靜: after a label, a column's or a studio's
		// name of four characters or more before people's names.
		names = names[1:]
		context = true
	}
	if len(names) == 0 {
		return nil, strings.Join(orgs, " "), context
	}
	return names, "", context
}

// acronym reports whether w is an organisation's initials: two to five
// capital Latin letters (RNZ, EPA), no person's name.
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// romanised reports whether s reads as a name's romanised form: a
// capital, then two or more small letters (Badiucao).
func romanised(s string) bool {
	if len(s) < 3 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// isCodeRune reports whether r is a digit or a circled number, what a
// desk code glued before a name is made of.
func isCodeRune(r rune) bool { return r >= '0' && r <= '9' || r >= '①' && r <= '⑳' }

// wireDateline is a news agency's dateline glued after a name: a place
// of two or three characters, the day, 電 (邱俊欽桃園19日電).
var wireDateline = regexp.MustCompile(`^(\p{Han}+?)\d{1,2}日[電电]$`)

// cutWireDateline returns the name before a wire dateline glued to it,
// trying a place of two characters, then of three.
func cutWireDateline(w string) (string, bool) {
	if !strings.HasSuffix(w, "電") && !strings.HasSuffix(w, "电") {
		return "", false
	}
	m := wireDateline.FindStringSubmatch(w)
	if m == nil {
		return "", false
	}
	rs := []rune(m[1])
	for _, place := range [...]int{2, 3} {
		if len(rs) > place {
			if name := string(rs[:len(rs)-place]); looksLikeHanName(name) {
				return name, true
			}
		}
	}
	return "", false
}

// mayBeDateline reports whether w could be a dateline: it ends in 报道,
// 電 or 市, or opens with 发自 (see dateline).
func mayBeDateline(w string) bool {
	r, _ := decodeLastRune(w)
	return strings.ContainsRune("道導電电市", r) || strings.HasPrefix(w, "发自") || strings.HasPrefix(w, "發自")
}

// contribution is a note that the person named before it contributed to
// the article: 对此文亦有贡献, 亦有貢獻.
// pinyinGloss is a Han character with its reading in pinyin after it, in
// brackets, as converted copies of Traditional pages print some (來(lái)源):
// a syllable with a tone mark.
var pinyinGloss = regexp.MustCompile(`(\p{Han})\([a-zü]*[` + toneMarks + `][a-zü]*\)`)

// toneMarks are pinyin's vowels with a tone mark.
const toneMarks = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"

// permissionNote is a note at the end of a line of credits that the
// piece is reprinted or published with permission: 作者授权早读课转载,
// 经授权转载, 已获作者授權發布.
var permissionNote = regexp.MustCompile(`[，,;；|｜]?\s*(?:本文)?(?:经|經|已获|已獲)?(?:作者|原作者|本人)?(?:独家|獨家)?(?:授权|授權)[^，,。；;|｜]{0,16}?(?:转载|轉載|发布|發布|發佈|刊登|刊发|刊發|转发|轉發|首发|首發)[。.]?\s*$`)

var contribution = regexp.MustCompile(`(?:(?:对|對)(?:此文|本文|此稿|本稿))?(?:亦|也|均)?有(?:贡献|貢獻)\s*$`)

// cutCompiledReport cuts what a desk writes after the reporter's name when
// it compiled or translated the story: 綜合報導, 综合…报道 (综合央视新闻报道),
// 編譯; what is left may be empty or no name.
func cutCompiledReport(w string) (string, bool) {
	for _, v := range [...]string{"編譯", "编译"} {
		if head, ok := strings.CutSuffix(w, v); ok {
			return head, true
		}
	}
	if _, ok := cutReport(w); !ok {
		return w, false
	}
	for _, v := range [...]string{"综合", "綜合"} {
		if i := strings.Index(w, v); i >= 0 {
			return w[:i], true
		}
	}
	return w, false
}

// isNewsTag reports whether t, a bracket's text once its date is read, is
// an outlet's tag over a story: a short name ending in 訊 or 讯 (看中國 訊,
// 大紀元 訊).
func isNewsTag(t string) bool {
	t = trimSpace(t)
	n := runeCount(t)
	return n >= 2 && n <= 12 && (strings.HasSuffix(t, "訊") || strings.HasSuffix(t, "讯"))
}

// endsLikePlace reports whether w ends with a character that ends place
// names: 縣, 市, 鄉, 鎮, 區, 島, 港, 灣, 州, 山, 城 and their simplified forms.
func endsLikePlace(w string) bool {
	r, _ := decodeLastRune(w)
	return strings.ContainsRune("縣县市鄉乡鎮镇區区島岛港灣湾州山城村", r)
}

// taiwanCounties are the counties and cities of Taiwan, as bylines write
// them, in both forms of 台.
var taiwanCounties = [...]string{"台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹", "苗栗", "彰化", "南投",
	"雲林", "嘉義", "屏東", "宜蘭", "花蓮", "台東", "臺東", "澎湖", "金門", "馬祖", "連江"}

// isTaiwanPlace reports whether w is a county or city of Taiwan, maybe
// with 市 or 縣 and a town of two or three characters after it (台南善化).
func isTaiwanPlace(w string) bool {
	for _, c := range taiwanCounties {
		if rest, ok := strings.CutPrefix(w, c); ok {
			rest = strings.TrimLeft(rest, "市縣")
			n := runeCount(rest)
			return n == 0 || n <= 3 && allHanNames([]string{rest})
		}
	}
	return false
}

// cutTaiwanReport cuts 報導 off the end of w, or 报导, as papers in
// Malaysia and Singapore write it (■陈兆良报导); never 报道, which on
// the mainland follows a place.
func cutTaiwanReport(w string) (string, bool) {
	if head, ok := strings.CutSuffix(w, "報導"); ok {
		return head, true
	}
	return strings.CutSuffix(w, "报导")
}

// datelineAfter reports whether rest, the text after a label, is name
// (two or three Han characters) then a slash and where the report was
// filed (扶小萍/南投報導): the slash bounds the name, whatever its family
// name.
func datelineAfter(rest, name string) bool {
	tail, ok := strings.CutPrefix(rest, name)
	if !ok || runeCount(name) > 3 || !isSingleName(name) {
		return false
	}
	tail = strings.TrimLeft(tail, " ")
	if t, ok := strings.CutPrefix(tail, "/"); ok {
		tail = t
	} else if t, ok := strings.CutPrefix(tail, "／"); ok {
		tail = t
	} else {
		return false
	}
	place, ok := cutReport(trimSpace(tail))
	place = trimSpace(place)
	return ok && place != "" && runeCount(place) <= 6 && allHanNames([]string{place})
}

// cutReport cuts 报道, 報導 or 報道 off the end of w.
func cutReport(w string) (string, bool) {
	for _, v := range [...]string{"报道", "報導", "報道", "报导"} {
		if head, ok := strings.CutSuffix(w, v); ok {
			return head, true
		}
	}
	return w, false
}

// cutCompiled cuts a verb of compiling (整理, 整合) off the end of w: 网络整理
// is "compiled from the web", 张三整理 "compiled by 张三".
func cutCompiled(w string) (string, bool) {
	for _, v := range [...]string{"整理", "整合", "综合", "綜合"} {
		if head, ok := strings.CutSuffix(w, v); ok {
			return head, true
		}
	}
	return w, false
}

// spacedReport is a dateline's 報導 after a space: 鄭紀威台北 報導.
var spacedReport = regexp.MustCompile(`\p{Han}\s+[报報][道導]$`)

// spacedName returns where the name before a trailing label at end
// starts: at from, the word before the label, or earlier when that word
// is one Han character and one more stands alone before it (任 超 攝),
// but never before lo, where the label before ends (文 王 摄: 文 is that
// label, no part of the name).
func spacedName(s string, lo, from, end int) int {
	word := trimSpace(s[from:end])
	if !isSingleHan(word) || from < 2 || s[from-1] != ' ' {
		return from
	}
	before := strings.TrimRight(s[:from], " ")
	r, n := decodeLastRune(before)
	if p := lastRune(before[:len(before)-n]); !isHan(r) || len(before)-n < lo || len(before) > n && !isSpaceRune(p) && !isCreditSep(p) {
		return from
	}
	return len(before) - n
}

func lastRune(s string) rune {
	r, _ := decodeLastRune(s)
	return r
}

// lastWord returns the last word of s, after its last space.
func lastWord(s string) string {
	return s[strings.LastIndexFunc(s, isSpaceRune)+1:]
}

// nameWords splits a value into the words that may be names: at 、，,/&;|
// and spaces, with Latin words that only a space separates joined into
// one name ("Demi Xia"), and "Herman、Noah" two.
func nameWords(value string) []string {
	var words []string
	for item := range strings.FieldsFuncSeq(value, func(r rune) bool {
		return r == '、' || r == '，' || r == ',' || r == '/' || r == '／' || r == '&' ||
			r == '＆' || r == '；' || r == ';' || r == '|' || r == '｜' || r == '丨' || r == '︱' || r == '─' || r == '—'
	}) {
		if strings.IndexFunc(item, isSpaceRune) < 0 {
			words = append(words, item) // one word: nothing to join
			continue
		}
		words = append(words, joinLatin(strings.Fields(item))...)
	}
	return words
}

// stripTrailingOrg removes an outlet's name glued after a name or a
// dateline: 曹國維聯合報, 北京報導聯合報.
func stripTrailingOrg(w string) string {
	rs := []rune(w)
	for _, k := range [...]int{3, 4, 5} { // 聯合報, 自由時報, 中央通訊社
		if len(rs) < k+2 || !strings.ContainsRune("報报網网社台刊", rs[len(rs)-1]) {
			continue
		}
		head, org := string(rs[:len(rs)-k]), rs[len(rs)-k:]
		if genericOutlet.MatchString(string(org)) || strings.ContainsRune("報报網网社台刊", org[0]) ||
			strings.ContainsAny(string(org[:len(org)-1]), "報报網网社台刊") {
			continue // 亞太新聞網 is one outlet; 纽约时报中文网 is not 纽约时 and 报中文网
		}
		// A head of three characters is a name (禤國維聯合報); one of two
		// must start with a family name (not 红色山西网, an outlet's name).
		if n := len(rs) - k; dateline.MatchString(head) || n == 3 && allHanNames([]string{head}) || n == 2 && looksLikeHanName(head) {
			return head
		}
	}
	return w
}

// isSingleName reports whether w is a two- or three-character Han name.
func isSingleName(w string) bool {
	n := runeCount(w)
	return n >= 2 && n <= 3 && allHanNames([]string{w})
}

// allLookLikeNames reports whether every name looks like a person's name
// (see looksLikeHanName).
func allLookLikeNames(names []string) bool {
	for _, n := range names {
		if !looksLikeHanName(n) {
			return false
		}
	}
	return true
}

// allHanNames reports whether every name is written in Han characters:
// a name with no label is read only then ("（Doge）" is no byline).
func allHanNames(names []string) bool {
	for _, n := range names {
		for _, r := range n {
			if !isHan(r) && r != '·' && r != '•' && r != '・' { // 吉蓮•邰蒂: a foreign name's dot, as printed
				return false
			}
		}
	}
	return true
}

// orgThenName splits a newsroom from the name glued to it: 观察者网鞠峰.
var orgThenName = regexp.MustCompile(`^(\p{Han}{2,}?(?:网|網|报|報|社|台|刊|新闻|新聞|财经|財經|快報|快报))(\p{Han}{2,3})$`)

// orgWordMatcher tells an outlet's, desk's or platform's name by its end
// (新浪财经, 观察者网, 聯合報, 生活中心, 腾讯新闻客户端), or a desk of two
// characters and 处, 部 or 办 (國際處, 外事部, 宣传办).
type orgWordMatcher struct {
	byLast map[rune][]string // the suffixes by their last rune
}

// newOrgWordMatcher indexes suffixes by their last rune: a word is
// matched against the few that end as it does.
func newOrgWordMatcher(suffixes []string) orgWordMatcher {
	m := orgWordMatcher{byLast: map[rune][]string{}}
	for _, s := range suffixes {
		r, _ := decodeLastRune(s)
		m.byLast[r] = append(m.byLast[r], s)
	}
	return m
}

// gov matches the names of bodies of government by their end (see
// govSuffixes).
var gov = newOrgWordMatcher(govSuffixes[:])

// hasSuffix reports whether w ends with one of the suffixes.
func (m orgWordMatcher) hasSuffix(w string) bool {
	last, _ := decodeLastRune(w)
	for _, s := range m.byLast[last] {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func (m orgWordMatcher) MatchString(w string) bool {
	if m.hasSuffix(w) {
		return true
	}
	switch n := runeCount(w); {
	case n == 3 && allHanNames([]string{w}):
		last, _ := decodeLastRune(w)
		return last == '处' || last == '處' || last == '部' || last == '办' || last == '辦' // 宣传办: an office
	case n >= 4:
		// 吉林省纪委监委, 澧县如东镇: a body of government, the unit that
		// sent a county's story in; names end so too (陈镇), but have
		// fewer characters.
		return gov.hasSuffix(w)
	}
	return false
}

// govSuffixes end the names of bodies of government.
var govSuffixes = [...]string{"府", "公所", "委", "委员会", "委員會", "政府", "局", "厅", "廳", "镇", "鎮", "乡", "鄉", "街道", "办", "辦", "法院", "检察院", "檢察院"}

// isOrgText reports whether s is only the names of outlets or desks.
func isOrgText(s string) bool {
	for w := range strings.FieldsSeq(s) {
		w = orgBracketsCut.trim(w)
		// 第一财经YiMagazine, 新頭殼newtalk: an outlet's name with its Latin
		// name glued after it.
		if head := strings.TrimRightFunc(w, isASCIILetter); head != "" && head != w && !orgWord.MatchString(w) {
			if n := runeCount(head); len(w)-len(head) >= 3 && n >= 2 && n <= 6 && allHanNames([]string{head}) && !looksLikeHanName(head) {
				continue // 新頭殼newtalk: a brand, its Chinese and Latin names glued
			}
			w = head
		}
		if !orgWord.MatchString(w) && !outlets[w] && !strings.HasPrefix(w, "《") {
			return false
		}
	}
	return s != ""
}

// isASCIILetter reports whether r is a Latin letter of ASCII.
func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// isName reports whether w reads as a person's name: Han characters (a
// middle dot allowed), or Latin letters.
func isName(w string) bool {
	n := runeCount(w)
	if n < 2 || n > 24 {
		return false
	}
	han, latin := 0, 0
	for _, r := range w {
		switch {
		case isHan(r):
			han++
		case unicode.Is(unicode.Latin, r): // Gelée Lai
			latin++
		case r == '·' || r == '•' || r == '.' || r == '-' || r == ' ' || r == '\'':
		default:
			return false
		}
	}
	// Han names have two to four characters; a few more are a pen name or
	// a web name (棒棒不是糖), or a transcribed foreign name with a dot.
	return han > 0 && latin == 0 && (han <= 6 || containsAnyRune(w, "·•") && han <= 10) || han == 0 && latin > 0
}

// joinLatin joins consecutive Latin words into one name: "Demi Xia",
// "Jeremy D.", "Jean-Luc O'Brien".
func joinLatin(words []string) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		// A-, A, A+ are the font buttons (fillers), not initials.
		for isLatinWord(words[i]) && !fillers[words[i]] && i+1 < len(words) && isLatinWord(words[i+1]) && !fillers[words[i+1]] {
			w += " " + words[i+1]
			i++
		}
		out = append(out, w)
	}
	return out
}

func isLatinWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Latin, r): // Gelée Lai: accents too
			letters++
		case r == '.' || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letters > 0
}

// joinSingles joins a name printed with spaces inside: single characters
// in a row (杨 洁, 张 三 丰), and a family name alone before a given name
// of two (黃 啟安).
func joinSingles(names []string) []string {
	var out []string
	for i := 0; i < len(names); i++ {
		n := names[i]
		for isSingleHan(n) && i+1 < len(names) && isSingleHan(names[i+1]) {
			n += names[i+1]
			i++
		}
		// 黃 啟安: a family name alone, then the given name of two.
		if r, _ := utf8.DecodeRuneInString(n); isSingleHan(n) && surnames[r] && i+1 < len(names) &&
			runeCount(names[i+1]) == 2 && looksLikeHanName(n+names[i+1]) {
			n += names[i+1]
			i++
		}
		out = append(out, n)
	}
	return out
}

func isSingleHan(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && isHan(r)
}

// isNameList reports whether text is only names, as on the line that
// continues "作者 | 陶陶 马舒叶 侯燕婷".
func isNameList(text string) []string {
	words := strings.Fields(text)
	if len(words) < 2 {
		return nil
	}
	names := joinSingles(words)
	for _, n := range names {
		c := runeCount(n)
		if c < 2 || c > 3 || strings.IndexFunc(n, func(r rune) bool { return !isHan(r) }) >= 0 {
			return nil
		}
	}
	return names
}

// liftCredits moves credit lines from the body into doc.Credits. With
// the policy's credits rule it reads every paragraph; without it, only
// those inside a CreditClasses element. A line's date, when the document
// has none, becomes its date.
func liftCredits(doc *Document, info []paraInfo, pol *Policy, cfg *config) []paraInfo {
	g := pol.grammar()
	textRule := pol.ix.credits
	if textRule != 0 {
		openingByline(doc, g, cfg)
	}
	lastText, firstText, lastProse := -1, -1, -1
	for i := range doc.Paragraphs {
		if doc.Paragraphs[i].Kind == KindText {
			lastText = i
			if firstText < 0 {
				firstText = i
			}
		}
	}
	for i := lastText; i >= 0; i-- {
		if p := &doc.Paragraphs[i]; p.Kind == KindText && isProse(p.Text) {
			lastProse = i
			break
		}
	}
	kept := doc.Paragraphs[:0]
	keptInfo := info[:0]
	var last *creditSegment
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i] // changed in place, and kept or not
		credit := int(info[i].credit)
		rule := credit
		if rule == 0 {
			rule = textRule
		}
		if p.Kind != KindText || rule == 0 {
			kept = keepAt(kept, doc.Paragraphs, i)
			keptInfo = keepAt(keptInfo, info, i)
			last = nil
			continue
		}
		mode := lineMode(0)
		switch {
		case credit != 0:
			mode = modeCreditElement
		case i >= lastText-2:
			// Near the end a bracket alone on its line is the trailing
			// byline set apart: （羅森）.
			mode = modeLenient
		}
		if strings.ContainsRune(p.Text, '\n') && liftCreditLines(doc, g, p, pol.rule(rule).Name, mode, cfg) {
			if p.Text == "" {
				continue // every line was credits
			}
			kept = keepAt(kept, doc.Paragraphs, i)
			keptInfo = keepAt(keptInfo, info, i)
			last = nil
			continue
		}
		cl, ok := g.line(p.Text, mode, cfg.loc)
		if ok && len(cl.segs) == 0 && !cl.hasDate {
			ok = false
		}
		if !ok && last != nil && last.label.field == CreditAuthor && len(last.names) >= 3 {
			// A long list of authors that wrapped onto a line of its own.
			if names := isNameList(p.Text); names != nil {
				cl, ok = creditLine{segs: []creditSegment{{label: last.label, names: names}}}, true
			}
		}
		if !ok {
			cl, ok = unlabelledRoles(g, p.Text, mode, i <= firstText+2 || i >= lastText-5 || lastProse >= 0 && i > lastProse)
		}
		if !ok {
			if textRule != 0 {
				liftTrailingByline(doc, g, p, pol.rule(textRule).Name, cfg)
			}
			kept = keepAt(kept, doc.Paragraphs, i)
			keptInfo = keepAt(keptInfo, info, i)
			last = nil
			continue
		}
		doc.Credits.addLine(&cl, &doc.Meta)
		if len(cl.segs) > 0 {
			last = &cl.segs[len(cl.segs)-1]
		}
		if cfg.removals {
			doc.Removed = append(doc.Removed, Removal{Rule: pol.rule(rule).Name, Element: "p", Text: p.Text})
		}
	}
	doc.Paragraphs = kept
	return keptInfo
}

// roleSuffixes end the names of roles in a credit, most of which the
// grammar has no label for: 专业支持, 合作专家, 视觉设计, 内容运营, 后期制作.
var roleSuffixes = []string{"支持", "专家", "專家", "顾问", "顧問", "指导", "指導", "设计", "設計", "运营", "運營",
	"制作", "製作", "编导", "編導", "绘图", "繪圖", "后期", "後期", "插图", "插圖"}

// roleLine reads a line that is one role and the people in it, the role
// ending as role names do (see roleSuffixes): 专业支持 / 李子. The role is two
// to six Han characters, a separator follows it, and every name after it
// looks like a person's.
func roleLine(s string) (creditSegment, bool) {
	if len(s) > 80 {
		return creditSegment{}, false
	}
	i := indexAnyRune(s, creditSeps)
	if i <= 0 {
		return creditSegment{}, false
	}
	label := trimSpace(s[:i])
	n := runeCount(label)
	if n < 2 || n > 6 || !allHanNames([]string{label}) {
		return creditSegment{}, false
	}
	suffixed := false
	for _, suf := range roleSuffixes {
		suffixed = suffixed || strings.HasSuffix(label, suf)
	}
	if !suffixed {
		return creditSegment{}, false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	var names []string
	for w := range strings.FieldsFuncSeq(s[i+size:], func(r rune) bool { return r == '、' || r == '，' || r == ',' || isSpaceRune(r) }) {
		if !looksLikeHanName(w) {
			return creditSegment{}, false
		}
		names = append(names, w)
	}
	if len(names) == 0 || len(names) > 6 {
		return creditSegment{}, false
	}
	return creditSegment{label: creditLabel{label: label, field: CreditOther}, value: trimSpace(s[i+size:]), names: names}, true
}

// unlabelledRoles reads s, which the grammar did not read as credits,
// as credits with roles it has no label for, where credits stand (edge:
// near the start or the end, or after the last paragraph of prose):
// label:name pairs among known ones (see labelChain), and a role known
// by how role names end over people's names (专业支持 / 李子, 合作专家 /
// 卢美妏; see roleLine).
func unlabelledRoles(g *creditGrammar, s string, mode lineMode, edge bool) (creditLine, bool) {
	if len(s) > maxCreditLine {
		return creditLine{}, false // prose; roleLine and labelChain read short lines only
	}
	// Pairs apart by spaces, each with a colon, and no sentence: the cheap
	// tests first.
	if edge && strings.IndexByte(s, ' ') >= 0 && (strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "：")) && !containsAnyRune(s, "，。") {
		if cl, ok := labelChain(g, s, mode); ok {
			return cl, true
		}
	}
	if edge {
		if seg, found := roleLine(s); found {
			return creditLine{segs: []creditSegment{seg}}, true
		}
	}
	return creditLine{}, false
}

// labelChain reads a line of credits set as label:name pairs apart by
// spaces, some of whose labels the grammar has no entry for (编辑:赵若雨
// 校审:贾红英 责任编辑:张中科 监审:黄术生): the pairs it knows are read as
// usual, the others go to others under their label as printed. Half of
// the pairs at least must have a known label, and each label is two to
// five Han characters with a person's name after its colon.
func labelChain(g *creditGrammar, s string, mode lineMode) (creditLine, bool) {
	fields := strings.Fields(s)
	if len(fields) < 2 || len(fields) > 8 || len(s) > maxCreditLine {
		return creditLine{}, false
	}
	var cl creditLine
	known := 0
	for _, f := range fields {
		i, size := firstColon(f)
		if i <= 0 {
			return creditLine{}, false
		}
		label, value := f[:i], f[i+size:]
		if n := runeCount(label); n < 2 || n > 5 || !allHanNames([]string{label}) || !looksLikeHanName(value) {
			return creditLine{}, false
		}
		if g.startsWithLabel(f) {
			segs, ok := g.segments(f, mode)
			if !ok || len(segs) != 1 {
				return creditLine{}, false
			}
			known++
			cl.segs = append(cl.segs, segs...)
			continue
		}
		cl.segs = append(cl.segs, creditSegment{label: creditLabel{label: label, field: CreditOther}, value: value, names: []string{value}})
	}
	return cl, known*2 >= len(fields)
}

// liftCreditLines lifts the credit lines that open or close a paragraph
// of lines (<br> in the source): 编辑|禤志杰 / 责编|陈梦莹 / 来源|… then the
// rest. It reports whether it lifted any; p keeps the other lines, or is
// emptied.
func liftCreditLines(doc *Document, g *creditGrammar, p *Paragraph, rule string, mode lineMode, cfg *config) bool {
	lines := strings.Split(p.Text, "\n")
	isCredit := func(l string) (creditLine, bool) {
		cl, ok := g.line(l, mode, cfg.loc)
		return cl, ok && (len(cl.segs) > 0 || cl.hasDate)
	}
	first, last := 0, len(lines)
	var lifted []creditLine
	for first < last {
		cl, ok := isCredit(lines[first])
		if !ok {
			break
		}
		lifted = append(lifted, cl)
		first++
	}
	for last > first {
		cl, ok := isCredit(lines[last-1])
		if !ok {
			break
		}
		lifted = append(lifted, cl)
		last--
	}
	if len(lifted) == 0 {
		return false
	}
	for k := range lifted {
		doc.Credits.addLine(&lifted[k], &doc.Meta)
	}
	if cfg.removals {
		gone := append(append([]string(nil), lines[:first]...), lines[last:]...)
		doc.Removed = append(doc.Removed, Removal{Rule: rule, Element: "p", Text: strings.Join(gone, "\n")})
	}
	if first == last {
		p.Text = ""
		return true
	}
	head := len(strings.Join(lines[:first], "\n"))
	if first > 0 {
		head++ // the line end after them
	}
	keep := strings.Join(lines[first:last], "\n")
	p.truncate(p.Text[:head+len(keep)])
	p.truncateFront(head)
	return true
}

// openingBracket is the bracket a dateline opens a report with:
// 新华社北京3月22日电（记者孙少龙）, 新京报快讯（记者 裴剑飞）, 〔記者巫其倫／台北報導〕.
var openingBracket = headOf(regexp.MustCompile(`^[^，。！？（(【〔［\[]{0,30}?[（(【〔［\[]([^（）()【】〔〕［］\[\]]{2,40})[）)】〕］\]]`))

// openingByline reads the reporters a dateline names in brackets at the
// start of one of the first paragraphs. The paragraph stays as it is: the
// bracket is part of its sentence.
func openingByline(doc *Document, g *creditGrammar, cfg *config) {
	seen := 0
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		if p.Kind != KindText {
			continue
		}
		if seen++; seen > 3 {
			return
		}
		if datelineReporters(doc, g, p.Text, cfg) {
			return
		}
	}
}

// datelineReporters adds to doc's credits the reporters that the bracket
// opening text names (（中央社記者邱俊欽桃園19日電）), or the bracket right
// after an outlet's tag (【文匯網訊】(香港文匯報記者 顏晉傑 文森)), and the
// correspondents and interns beside them (本报讯（记者 王小明 通讯员 李四）),
// and reports whether it found such a bracket.
func datelineReporters(doc *Document, g *creditGrammar, text string, cfg *config) bool {
	// The bracket opens within its first 31 characters: look for one
	// before running the pattern.
	if !containsAnyRune(text[:min(len(text), 31*utf8.UTFMax)], "（(【〔［[") {
		return false
	}
	// What namesReporters asks of a bracket, the text must hold.
	if !containsAnyOf(text, "记者", "記者", "通讯员", "通訊員") && !containsAnyRune(text, "/／") {
		return false
	}
	m := openingBracket.FindStringSubmatch(text)
	if m != nil && !namesReporters(m[1]) {
		// 【文匯網訊】(香港文匯報記者 顏晉傑 文森): the bracket after the
		// outlet's tag names the reporters.
		m = openingBracket.FindStringSubmatch(strings.TrimLeft(text[len(m[0]):], " "))
	}
	if m == nil || !namesReporters(m[1]) {
		return false
	}
	cl, ok := g.line(m[1], modeLenient, cfg.loc)
	if !ok {
		return false
	}
	for k := range cl.segs {
		if cl.segs[k].label.field == CreditAuthor || correspondent[cl.segs[k].label.label] {
			doc.Credits.add(&cl.segs[k])
		}
	}
	return true
}

// namesReporters reports whether the text of a dateline's bracket names
// its reporters or correspondents: 记者孙少龙, 通讯员 李四.
func namesReporters(s string) bool {
	return containsAnyOf(s, "记者", "記者", "通讯员", "通訊員") || outletSlashName(s)
}

// outletSlashName reports whether s is an outlet and a person's name
// apart by a slash, as a Taiwanese paper's story opens: 【財訊快報／陳孟朔】.
func outletSlashName(s string) bool {
	outlet, name, ok := strings.Cut(strings.ReplaceAll(s, "／", "/"), "/")
	return ok && isOrgText(trimSpace(outlet)) && looksLikeHanName(trimSpace(name))
}

// correspondent are the labels of the people besides reporters that a
// dateline's bracket credits with the report: 本报讯（记者 王小明 通讯员 李四）.
var correspondent = map[string]bool{"通讯员": true, "通訊員": true, "特约通讯员": true, "特約通訊員": true, "实习生": true, "實習生": true}

// trailingByline is a bracketed byline after the last sentence of a
// paragraph: "…提质升级。（本报记者 汪文正）", "…。（中央社）", "…。（张巨峰）".
// It is matched against the paragraph's last bytes only.
var trailingByline = regexp.MustCompile(`[。！？!?”…」』]\s*([（(〔\[［【][^（）()〔〕\[\]［］【】]{2,60}[）)〕\]］】]?)(\s*\d{7})?$`)

// photoBracket is a photographer's credit in brackets ending a caption:
// （王怡然 摄）; its groups are trailingByline's.
var photoBracket = regexp.MustCompile(`([（(][^（）()。！？]{2,30}(?:[摄攝]|提供)\s*[）)])(\s*\d{7})?$`)

// trailingCredits is unbracketed credits after the last sentence of a
// paragraph, "…會否令更多人選擇露宿呢? 記者:鄧曉彤 黃樂穎 指導老師:呂秉權", or
// after a block marker (第一法庭■图/屠夏岳).
var trailingCredits = regexp.MustCompile(`[。！？!?…■]+["”’」』]*\s*([^。！？!?（）()]{3,80}?)[)）]?["”\s\x{a0}]*$`)

// trailingCreditsAtStart is trailingCredits anchored at the text's start.
var trailingCreditsAtStart = regexp.MustCompile(`^(?:` + trailingCredits.String() + `)`)

// photoCredit is a photographer's credit at the end of a caption with no
// sentence end before it: 资料图：美财长姆努钦 中新社记者 刁海洋 摄, 花蓮市區老房子
// / Sun 攝; or who provided the photo, after a slash: …防颱措施/嘉義縣府提供,
// or who gave it, after a slash or a space: 港东五街 大连市文旅局供图.
var photoCredit = regexp.MustCompile(`(?:\s|[。！？/／])((?:\S{0,12}(?:记者|記者|社发|社發)\s*)?(?:(?:\p{Han}{2,4}|[A-Z][A-Za-z]{1,15})[\s、]*){1,4}(?:摄|攝))["”\s\x{a0}]*$|[/／]\s*(\p{Han}{2,12}提供)["”\s\x{a0}]*$|(?:[/／]\s*|\s)(\p{Han}{2,12}(?:供图|供圖))["”\s\x{a0}]*$`)

// notName are words a bracket at the end of a paragraph holds that are
// not a byline: （完）, （待续）.
var notName = map[string]bool{"完": true, "全文完": true, "待续": true, "未完待续": true, "待續": true, "未完待續": true,
	"续": true, "續": true, "图": true, "圖": true, "注": true, "下同": true, "同上": true, "原文": true, "上": true, "下": true}

// liftTrailingByline moves a trailing bracketed byline that reads as
// credits ("（本报记者 汪文正）", "（记者赵文君）", "（中新经纬APP）") from the
// paragraph into doc.Credits. A bracket that does not read as credits
// stays.
func liftTrailingByline(doc *Document, g *creditGrammar, p *Paragraph, rule string, cfg *config) {
	// …。（完）【编辑:张楷欣】, …。(吉林省纪委监委) 【编辑:张楷欣】: a bracket of
	// labelled credits after another bracket is lifted first (up to
	// maxChained of them); then the bracket before it is read as any
	// paragraph's last one.
	for range maxChained {
		open := chainedBracket(p.Text)
		if open < 0 {
			break
		}
		cl, ok := g.line(p.Text[open:], 0, cfg.loc)
		if !ok || len(cl.segs) == 0 || !namesPeople(&cl) {
			break
		}
		doc.Credits.addLine(&cl, nil)
		if cfg.removals {
			doc.Removed = append(doc.Removed, Removal{Rule: rule, Element: "p", Text: p.Text[open:]})
		}
		p.truncate(strings.TrimRightFunc(p.Text[:open], isSpaceRune))
	}
	last, _ := decodeLastRune(p.Text)
	if last == '。' && (strings.HasSuffix(p.Text, ")。") || strings.HasSuffix(p.Text, "）。")) {
		// 圖1:竹圍人家(照片來源:宜蘭縣傳統竹圍測繪專輯)。: a labelled photo
		// credit in brackets, the caption's full stop after it; recorded,
		// the caption kept whole.
		photoSourceInBrackets(doc, g, strings.TrimSuffix(p.Text, "。"), cfg)
		liftTrailingCredits(doc, g, p, rule, cfg)
		return
	}
	if !closesBracket(last) && !(last >= '0' && last <= '9') {
		liftTrailingCredits(doc, g, p, rule, cfg)
		return
	}
	tail := len(p.Text) - min(len(p.Text), 200)
	for tail > 0 && tail < len(p.Text) && !utf8.RuneStart(p.Text[tail]) {
		tail++ // (a text of bytes that start no rune has its tail at its end)
	}
	// The bracket of a match is the last one opened: start the look a
	// few characters before it.
	open := lastIndexOf(p.Text[tail:], "（", "(", "〔", "[", "［", "【")
	if open > 16 {
		tail += open - 16
		for !utf8.RuneStart(p.Text[tail]) {
			tail++
		}
	}
	var m []int
	if open >= 0 { // each pattern below matches an opening bracket
		m = trailingByline.FindStringSubmatchIndex(p.Text[tail:])
		if m == nil {
			// 吴亮家里，保洁工具随处可见（王怡然 摄）: a caption's photo credit
			// needs no sentence end before it.
			m = photoBracket.FindStringSubmatchIndex(p.Text[tail:])
		}
		if m == nil {
			// 图:印尼军警…在雅加达巡逻(安塔拉通讯社): a caption's agency needs
			// none either.
			if m = agencyBracket.FindStringSubmatchIndex(p.Text[tail:]); m != nil && (!isAgency(p.Text[tail+m[4]:tail+m[5]]) || !photoCaption(p.Text)) {
				m = nil
			}
		}
	}
	if m == nil {
		if last == ')' || last == '）' {
			if open := lastIndexOf(p.Text, "（", "("); open >= 0 && containsAnyOf(p.Text[open:], "，", ",") {
				// (航拍鄂爾多斯多彩土地,攝影師@任世明): a caption's credit after a
				// comma inside its bracket; recorded, the caption kept whole.
				photoSourceInBrackets(doc, g, p.Text, cfg)
			}
		}
		liftTrailingCredits(doc, g, p, rule, cfg) // 文:袁庆远 图:任卫兵 袁庆远)
		return
	}
	byline := p.Text[tail+m[2] : tail+m[3]]
	if m[4] >= 0 {
		byline = p.Text[tail+m[2]:] // with the 中央社 date code after it: （編輯：李亨山）1120823
	}
	inner := strings.Trim(byline[:m[3]-m[2]], "（）()〔〕[]［］【】 ")
	if notName[inner] {
		return
	}
	cl, ok := g.line(byline[:m[3]-m[2]], modeLenient, cfg.loc)
	if seg, photo := photoBy(inner); photo && (!ok || len(cl.segs) == 0) {
		// （中通社圖片）, （政府新聞處相片）: who gave the photo; the caption
		// keeps it.
		doc.Credits.add(&seg)
		return
	}
	if !ok || len(cl.segs) == 0 {
		// （中央社）, （中新经纬APP）: an outlet alone is the source; so is
		// the outlet a story is credited to (（据新华社郑州9月9日电）).
		if org, ok := creditedTo(inner); ok {
			inner = org
		}
		if !isOrgText(inner) || hasSentenceEnd(inner) {
			return
		}
		cl = creditLine{segs: []creditSegment{{label: creditLabel{label: "来源", field: CreditSource}, value: inner}}}
	}
	// （刊于《半月谈》2019年第24期）: a print note's outlet is the source.
	doc.Credits.addLine(&cl, nil)
	if !namesPeople(&cl) {
		return // （中央社）, （刘通摄）: an attribution or a photo's credit stays in its text
	}
	if cfg.removals {
		doc.Removed = append(doc.Removed, Removal{Rule: rule, Element: "p", Text: byline})
	}
	p.truncate(strings.TrimRightFunc(p.Text[:tail+m[2]], isSpaceRune))
}

// closesBracket reports whether r is one of ）)〕]］】, by a switch: it is
// asked of the last rune of most paragraphs.
func closesBracket(r rune) bool {
	switch r {
	case '）', ')', '〕', ']', '］', '】':
		return true
	}
	return false
}

// endsSentenceRune reports whether r is one of 。！？!?…, by a switch: it
// is asked of the last rune of most paragraphs.
func endsSentenceRune(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '…':
		return true
	}
	return false
}

// maxChained is the most brackets of credits read one after another at
// the end of a paragraph (see liftTrailingByline).
const maxChained = 3

// chainedBracket returns where the bracket ending text opens when another
// bracket closes right before it (…（完）【编辑:张楷欣】), or -1.
func chainedBracket(text string) int {
	last, _ := decodeLastRune(text)
	var opener string
	switch last {
	case '】':
		opener = "【"
	case '）':
		opener = "（"
	case ')':
		opener = "("
	default:
		return -1
	}
	open := strings.LastIndex(text, opener)
	if open <= 0 || len(text)-open > 120 {
		return -1
	}
	before := strings.TrimRightFunc(text[:open], isSpaceRune)
	prev, _ := decodeLastRune(before)
	if !strings.ContainsRune("）)】", prev) {
		return -1
	}
	return open
}

// photoSourceInBrackets records the credit of the bracket ending text
// when it opens with a photo's label and a separator (照片來源:…, 圖/…).
func photoSourceInBrackets(doc *Document, g *creditGrammar, text string, cfg *config) {
	open := lastIndexOf(text, "（", "(")
	if open < 0 || len(text)-open > 120 {
		return
	}
	inner := strings.Trim(text[open:], "（）() ")
	if c := lastIndexOf(inner, "，", ","); c >= 0 {
		// (航拍鄂爾多斯多彩土地,攝影師@任世明): a caption in the bracket,
		// the credit after its last comma.
		if after := strings.TrimLeft(inner[c:], "，, "); g.startsWithLabel(after) {
			inner = after
		}
	}
	ls := g.find(inner)
	if len(ls) != 1 || ls[0].start != 0 || ls[0].orgStart != 0 || !photoLabel[ls[0].label.label] || !isCreditSep(firstRune(inner[ls[0].end:])) {
		return
	}
	if cl, ok := g.line(inner, modeLenient, cfg.loc); ok {
		doc.Credits.addLine(&cl, nil)
	}
}

// photoCaption reports whether s is an image's caption as a line of text:
// it opens with 图 or 圖 and a separator (图:印尼军警…, 圖／…).
func photoCaption(s string) bool {
	for _, p := range [...]string{"图", "圖"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return isCreditSep(r)
		}
	}
	return false
}

// agencyBracket is a bracket closing a paragraph (group 1, as in
// trailingByline), its text (group 2) a news agency's name if isAgency
// says so. It ends the paragraph, so the byline read to the end of the
// paragraph is the bracket too.
var agencyBracket = regexp.MustCompile(`([（(]([^（）()]{2,20})[）)])$`)

// wireFiled is where and when a wire story was filed, after its agency's
// name: 郑州9月9日电, 北京电.
var wireFiled = regexp.MustCompile(`^\p{Han}{0,6}?(?:\d{1,2}月\d{1,2}日)?[电電]$`)

// creditedTo reads a note that a story comes from an outlet: 据新华社郑州9月
// 9日电, 據中央社報導, 据新京报消息. It returns the outlet.
func creditedTo(inner string) (string, bool) {
	rest, ok := strings.CutPrefix(inner, "据")
	if !ok {
		if rest, ok = strings.CutPrefix(inner, "據"); !ok {
			return "", false
		}
	}
	for _, v := range [...]string{"报道", "報導", "報道", "消息"} {
		// （据该公司官网消息）: a word that points back (该, 此, 其) names
		// no outlet.
		if head, ok := strings.CutSuffix(rest, v); ok && head != "" && !strings.ContainsRune("该該此其本", firstRune(head)) {
			return head, true
		}
	}
	// The agency's name ends with 社 (新华社, 中新社): the dateline follows it.
	if i := strings.Index(rest, "社"); i > 0 && wireFiled.MatchString(rest[i+len("社"):]) {
		return rest[:i+len("社")], true
	}
	return "", false
}

// photoBy reads a bracket that credits a photo to whoever gave it, the
// label glued after the name (中通社圖片, 港台圖片, 政府新聞處相片,
// 佛山市公安局供图); a file or stock photo (資料圖片, 大紀元資料圖片,
// 示意圖片) credits nobody.
func photoBy(inner string) (creditSegment, bool) {
	for _, label := range [...]string{"圖片", "图片", "相片", "供圖", "供图"} {
		head, ok := strings.CutSuffix(inner, label)
		head = strings.TrimSuffix(head, "提供") // 主辦單位提供圖片
		n := runeCount(head)
		if !ok || n < 2 || n > 8 || !allHanNames([]string{head}) || isStockPhoto(head) {
			continue
		}
		return creditSegment{label: creditLabel{label: label, field: CreditOther}, value: head, names: []string{head}}, true
	}
	return creditSegment{}, false
}

// stockPhoto are the words before 圖片 that say where a photo is kept or
// what it is, not who gave it.
var stockPhoto = map[string]bool{"資料": true, "资料": true, "示意": true, "網上": true, "网上": true, "網絡": true, "网络": true,
	"檔案": true, "档案": true, "本報": true, "本报": true, "新聞": true, "新闻": true, "現場": true, "现场": true, "相關": true, "相关": true}

// isStockPhoto reports whether head ends with a word of stockPhoto:
// 大紀元資料圖片 is a file photo of the outlet.
func isStockPhoto(head string) bool {
	for w := range stockPhoto {
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}

// namesPeople reports whether a line of credits names the people who
// wrote or edited the article: then it leaves the text it ends. An
// outlet alone, or a photo's credit, is part of the sentence or caption
// it ends, and stays there.
func namesPeople(cl *creditLine) bool {
	for _, s := range cl.segs {
		switch s.label.field {
		case CreditAuthor, CreditEditor, CreditResponsibleEditor:
			return len(s.names) > 0
		case CreditOther:
			if !photoLabel[s.label.label] && len(s.names) > 0 {
				return true
			}
		}
	}
	return false
}

// photoLabel are the labels of a photo's credit.
var photoLabel = map[string]bool{"发": true, "發": true, "摄": true, "攝": true, "翻摄": true, "翻攝": true, "摄影": true, "攝影": true, "图": true, "圖": true,
	"图片": true, "圖片": true, "图片来源": true, "圖片來源": true, "照片来源": true, "照片來源": true, "图像来源": true, "圖像來源": true,
	"供图": true, "供圖": true, "图片提供": true, "圖片提供": true, "相片": true, "拍摄者": true, "拍攝者": true,
	"摄影师": true, "攝影師": true, "制图": true, "製圖": true, "图源": true, "圖源": true, "图片来自": true, "圖片來自": true,
	"题图": true, "題圖": true, "头图": true, "頭圖": true}

// newsAgencies are the news agencies whose photos Chinese papers print
// with 发 after the agency's name (新华社发, 中新社發), Simplified and
// Traditional.
var newsAgencies = map[string]bool{"新华社": true, "新華社": true, "中新社": true, "中央社": true, "中通社": true,
	"美联社": true, "美聯社": true, "路透社": true, "法新社": true, "共同社": true, "韩联社": true, "韓聯社": true,
	"塔斯社": true, "安莎社": true, "德新社": true, "俄新社": true, "埃菲社": true, "安塔拉社": true, "越通社": true,
	// The wires' Latin names, as Chinese papers abroad print them after a
	// caption: (AAP), (Reuters).
	"AAP": true, "AFP": true, "AP": true, "Reuters": true, "EPA": true, "UPI": true, "Bloomberg": true, "Xinhua": true,
	"Kyodo": true, "Yonhap": true, "DPA": true, "dpa": true, "ANSA": true, "Bernama": true, "Antara": true}

// isAgency reports whether org names a news agency: one of newsAgencies,
// or a name that ends in 通讯社 or 通訊社.
func isAgency(org string) bool {
	return newsAgencies[org] || strings.HasSuffix(org, "通讯社") || strings.HasSuffix(org, "通訊社")
}

// liftTrailingCredits moves labelled credits standing after the last
// sentence of a paragraph, with no bracket around them, into doc.Credits.
// Every credit there needs its label and a separator.
func liftTrailingCredits(doc *Document, g *creditGrammar, p *Paragraph, rule string, cfg *config) {
	// A paragraph that ends with its sentence (…增长。, …呢？”) has no
	// credits after it, and no photo credit (…摄) at its end.
	end := closingCut.trimRight(p.Text)
	text := p.Text // the paragraph, but for a full stop closing its credits
	if r, _ := decodeLastRune(end); endsSentenceRune(r) {
		// …《新聞的騷動》。攝影:劉苑杉。: a label and its separator opening
		// the last sentence make it credits, closed by a full stop.
		if r != '。' || !closedCredits(g, end[:len(end)-len("。")]) {
			return
		}
		text = end[:len(end)-len("。")]
	}
	tail := len(text) - min(len(text), 240)
	for tail > 0 && tail < len(text) && !utf8.RuneStart(text[tail]) {
		tail++ // (a text of bytes that start no rune has its tail at its end)
	}
	// A match starts at the last sentence end: what it holds has none.
	var m []int
	last := lastIndexOf(text[tail:], "。", "！", "？", "!", "?", "■")
	if last >= 0 || strings.Contains(text[tail:], "…") {
		from := tail + max(last, 0)
		if !mayTrailCredits(g, text, tail, from) {
			return
		}
		// A match starts at a mark: at from, the last mark but …, when no
		// … follows; the pattern anchored there then spares the matcher a
		// try at every byte.
		re := trailingCredits
		if last >= 0 && !strings.Contains(text[from:], "…") {
			re = trailingCreditsAtStart
		}
		if m = re.FindStringSubmatchIndex(text[from:]); m != nil {
			for i := range m {
				if m[i] >= 0 {
					m[i] += from - tail
				}
			}
		}
	}
	if m == nil && photoCreditCue(text, tail) {
		if m = photoCredit.FindStringSubmatchIndex(text[tail:]); m != nil && m[2] < 0 {
			m[2], m[3] = m[4], m[5] // …/嘉義縣府提供
			if m[2] < 0 {
				m[2], m[3] = m[6], m[7] // 港东五街 大连市文旅局供图
			}
		}
	}
	if m == nil && figureCue(text, tail) {
		// 亨利·吉 图片来源:scienceblogs.com: a short caption, a space, and
		// where the photo came from, with a separator.
		if ls := g.find(text[tail:]); len(ls) > 0 {
			at := ls[len(ls)-1]
			if at.orgStart == at.start && photoLabel[at.label.label] && at.label.field == CreditOther && at.start > 0 && text[tail+at.start-1] == ' ' &&
				isCreditSep(firstRune(strings.TrimLeft(text[tail+at.end:], " "))) && runeCount(text[tail:tail+at.start]) <= 30 {
				m = []int{0, len(text) - tail, at.start, len(text) - tail}
			}
		}
	}
	if m == nil {
		return
	}
	credits := text[tail+m[2] : tail+m[3]]
	labels := g.find(credits)
	if len(labels) == 0 {
		// …回顾十年电影历程。新华社发: an agency gave the photo; the caption
		// keeps its credit.
		for _, issued := range [...]string{"发", "發"} {
			if org, ok := strings.CutSuffix(credits, issued); ok && isAgency(org) {
				doc.Credits.add(&creditSegment{label: creditLabel{label: issued, field: CreditOther}, value: org, names: []string{org}})
			}
		}
		// …防颱措施/嘉義縣府提供: who provided the photo, after a slash; the
		// caption keeps it too.
		if org, ok := strings.CutSuffix(credits, "提供"); ok {
			label := "提供"
			for _, photo := range [...]string{"圖", "图"} {
				if rest, ok := strings.CutPrefix(org, photo); ok && rest != "" {
					label, org = photo, rest // /圖金湖鎮公所提供: the photo, and who provided it
				}
			}
			if !isOrgText(org) && (runeCount(org) < 3 || !looksLikeHanName(org)) {
				return
			}
			if seg, ok := readSegment(creditLabel{label: label, field: CreditOther}, org); ok && len(seg.names) > 0 {
				doc.Credits.add(&seg)
			}
		}
		return
	}
	mode := lineMode(0)
	_, photoReport := cutPhotoReport(credits)
	if endsInTrailing(credits, labels) || photoReport {
		// A photo's credit at the end of its caption: 图为雷岭荔枝。中新社记者 李怡青 摄,
		// …。记者周源森摄影报道.
		mode = modeLenient | modeMarked
	} else if nameThenRole.MatchString(strings.TrimRight(credits, " |｜")) {
		// …現任社長謝立德。記者鄭穎暄/攝影: the photo's credit, the role after
		// the name.
		mode = modeLenient | modeMarked
	} else if reporterAtEnd(credits, labels) {
		// …以各火车站公告为准。华商报记者雷婧: an outlet's reporter glued
		// after the last sentence, a person's name ending the paragraph.
		mode = modeLenient
	} else {
		if labels[0].orgStart != 0 {
			return
		}
		for k, at := range labels {
			if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(credits[at.end:], " ")); !isCreditSep(r) && (k == 0 || !gluedName(credits, labels, k)) && !spacedNameAfter(credits, labels, k) {
				return
			}
		}
	}
	cl, ok := g.line(credits, mode, cfg.loc)
	if !ok || len(cl.segs) == 0 {
		return
	}
	doc.Credits.addLine(&cl, nil)
	if !namesPeople(&cl) {
		return // 图为雷岭荔枝。中新社记者 李怡青 摄: the caption keeps its credit
	}
	if cfg.removals {
		doc.Removed = append(doc.Removed, Removal{Rule: rule, Element: "p", Text: p.Text[tail+m[2]:]})
	}
	p.truncate(strings.TrimRightFunc(p.Text[:tail+m[2]], isSpaceRune))
}

// mayTrailCredits reports whether liftTrailingCredits can find credits
// at the end of text, whose last sentence end is at from, looked for
// from tail on: what trailingCredits would take after from holds the text
// of a label (see holdsLabel), or the 发 of an agency's or the 提供 of a
// provider's unlabelled credit, or a photo's credit may end the text
// (photoCreditCue, figureCue). When none does, the pattern, which costs
// thousands of instructions a call, need not run: whatever it matches,
// nothing is read.
func mayTrailCredits(g *creditGrammar, text string, tail, from int) bool {
	after := text[from:]
	return g.holdsLabel(after) || containsAnyRune(after, "发發") || strings.Contains(after, "提供") ||
		photoCreditCue(text, tail) || figureCue(text, tail)
}

// photoCreditCue reports whether text, looked at from tail, may end with
// a photo's credit that photoCredit reads: 摄 near its end, or 提供 or 供图
// right at it.
func photoCreditCue(text string, tail int) bool {
	return containsAnyOf(text[max(tail, len(text)-24):], "摄", "攝") ||
		containsAnyOf(strings.TrimRight(text[max(tail, len(text)-12):], "\"” \u00a0"), "提供", "供图", "供圖")
}

// figureCue reports whether text holds 图 from tail on, as a photo's
// label (图片来源) does.
func figureCue(text string, tail int) bool {
	return containsAnyOf(text[tail:], "图", "圖")
}

// closedCredits reports whether the last sentence of text (the paragraph
// without its final full stop) opens with a label and a separator: 攝影:
// 劉苑杉, 记者/张三.
func closedCredits(g *creditGrammar, text string) bool {
	// Back from the end to the sentence end before, within 96 bytes (32
	// Han characters): credits closed so are short, and most last
	// sentences are longer.
	i := afterLastSentenceEnd(text, 96)
	if i < 0 {
		return false
	}
	last := trimSpace(text[i:])
	if !g.labelAtStart(last) {
		return false // what find would take for the first label starts later, or nowhere
	}
	labels := g.find(last)
	if len(labels) == 0 || labels[0].start != 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(last[labels[0].end:], " "))
	if !isCreditSep(r) {
		return false
	}
	// What the first label gives must be names, a work or an outlet:
	// 设计：简洁大方。 is a sentence.
	end := len(last)
	if len(labels) > 1 {
		end = labels[1].orgStart
	}
	v := sepsCut.trim(last[labels[0].end:end])
	return onlyNames(v) || workOrOutlet(v)
}

// workOrOutlet reports whether v names a work (《DOCTORS》劇照) or an
// outlet or agency, as a role's credit may.
func workOrOutlet(v string) bool {
	return strings.HasPrefix(v, "《") || isOrgText(v) || isAgency(v)
}

// afterLastSentenceEnd returns the offset after the last 。！？!? among
// the last within bytes of s (a mark counts when its last byte is among
// them), or -1. It is asked of every paragraph that ends with a full
// stop: it looks for the marks' first bytes with strings.IndexByte, which
// reads many bytes a step, one search for each of !, ?, the lead byte of
// 。 (E3) and that of ！ and ？ (EF).
func afterLastSentenceEnd(s string, within int) int {
	lo := min(len(s), max(0, len(s)-within)) // a window of within bytes, none when within < 0
	end := -1
	for _, c := range [...]byte{'!', '?'} {
		if i := lastByteFrom(s, lo, c); i >= 0 {
			end = max(end, i+1)
		}
	}
	// A mark of three bytes counts when its last byte is in the window:
	// its lead byte may stand up to two bytes before.
	from := max(0, lo-2)
	for k := from; ; {
		i := strings.IndexByte(s[k:], 0xE3)
		if i < 0 {
			break
		}
		j := k + i // 。 is E3 80 82
		if j+2 < len(s) && s[j+1] == 0x80 && s[j+2] == 0x82 && j+2 >= lo {
			end = max(end, j+3)
		}
		k = j + 1
	}
	for k := from; ; {
		i := strings.IndexByte(s[k:], 0xEF)
		if i < 0 {
			break
		}
		j := k + i // ！ is EF BC 81, ？ EF BC 9F
		if j+2 < len(s) && s[j+1] == 0xBC && (s[j+2] == 0x81 || s[j+2] == 0x9F) && j+2 >= lo {
			end = max(end, j+3)
		}
		k = j + 1
	}
	return end
}

// lastByteFrom returns the offset of the last c in s at or after from, or
// -1.
func lastByteFrom(s string, from int, c byte) int {
	last := -1
	for k := from; ; {
		i := strings.IndexByte(s[k:], c)
		if i < 0 {
			return last
		}
		last = k + i
		k = last + 1
	}
}

// reporterAtEnd reports whether credits, the text after a paragraph's
// last sentence, is a reporter's byline glued together: an outlet's name
// or nothing, 记者, and a name that looks like a person's, ending it
// (华商报记者雷婧, 记者 王芳).
func reporterAtEnd(credits string, labels []labelAt) bool {
	if len(labels) != 1 || !labels[0].label.has(glued) {
		return false
	}
	name := trimSpace(credits[labels[0].end:])
	head := markersCut.trim(credits[:labels[0].start]) // ▋ 记者 张亚琴: a marker before the label
	return looksLikeHanName(name) && (head == "" || isOrgText(head))
}

// spacedNameAfter reports whether the k-th label of credits is followed,
// after a space, by a person's name up to the next label (…之一。記者 余江強
// 攝影張穎胤).
func spacedNameAfter(credits string, labels []labelAt, k int) bool {
	at := labels[k]
	if !strings.HasPrefix(credits[at.end:], " ") {
		return false
	}
	return looksLikeHanName(trimSpace(credits[at.end:nextLabelStart(labels, k, len(credits))]))
}

// gluedName reports whether the k-th label of credits may have its name
// glued after it with no separator (图/潇湘晨报记者陈正): it is a label that
// takes a name so, and what follows it, up to the next label, looks like
// a person's name.
func gluedName(credits string, labels []labelAt, k int) bool {
	if !labels[k].label.has(glued) {
		return false
	}
	return looksLikeHanName(trimSpace(credits[labels[k].end:nextLabelStart(labels, k, len(credits))]))
}

// addLine adds what a credit line holds; its date goes to meta when meta
// is given and has none (to meta's Modified when the line labels it as an
// update).
func (c *Credits) addLine(cl *creditLine, meta *Meta) {
	for i := range cl.segs {
		c.add(&cl.segs[i])
	}
	switch {
	case meta == nil || !cl.hasDate:
	case cl.updated:
		if meta.Modified.IsZero() {
			meta.Modified = cl.date
		}
	case meta.Date.IsZero():
		meta.Date = cl.date
	}
}

func (c *Credits) add(seg *creditSegment) {
	switch seg.label.field {
	case CreditOriginalTitle:
		if c.OriginalTitle == "" {
			c.OriginalTitle = seg.value
		}
	case CreditSource:
		switch v := seg.value; {
		case v == "":
		case c.Source == "":
			c.Source = v
		case c.Source != v:
			c.Others = append(c.Others, Credit{Label: seg.label.label, Name: v})
		}
	case CreditAuthor:
		c.Authors = appendNew(c.Authors, seg.names...)
	case CreditEditor:
		c.Editors = appendNew(c.Editors, seg.names...)
	case CreditResponsibleEditor:
		c.ResponsibleEditors = appendNew(c.ResponsibleEditors, seg.names...)
	case CreditOther:
		for _, n := range seg.names {
			c.Others = append(c.Others, Credit{Label: seg.label.label, Name: n})
		}
	}
}

func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		found := false
		for _, have := range list {
			found = found || have == n
		}
		if !found {
			list = append(list, n)
		}
	}
	return list
}

// teamSuffixes end the names of teams and groups credited as authors.
var teamSuffixes = []string{"团队", "團隊", "小组", "小組", "课题组", "課題組", "工作组", "工作組", "研究组", "研究組"}

// teamName reports whether s names a team or group: two characters or
// more before a team's suffix (红雨滴团队, 国务院发展研究中心课题组), no
// bare 小组, and no phrase (张三和他的团队).
func teamName(s string) bool {
	for _, x := range teamSuffixes {
		if head, ok := strings.CutSuffix(s, x); ok {
			return runeCount(head) >= 2 && !containsAnyRune(head, "和与與及的") && allHanOrLatin(head)
		}
	}
	return false
}

// allHanOrLatin reports whether s is only Han characters, Latin letters
// and digits.
func allHanOrLatin(s string) bool {
	for _, r := range s {
		if !isHan(r) && !isASCIILetter(r) && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}
