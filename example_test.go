package newsdoc_test

import (
	"fmt"
	"log"
	"regexp"
	"strings"

	"github.com/newsdoc/newsdoc"
)

const post = `---
title: '重磅！北京市政府工作报告全文发布'
categories:
 - 金融
 - 新浪财经
date: Wed, 12 Jan 2022 23:21:20 GMT
---
<div>
<p>　　原标题：重磅！北京市政府工作报告全文发布 来源：北京日报</p>
<p cms-style="font-L">　　<font cms-style="font-L strong-Bold">一、2021年工作回顾</font></p>
<p cms-style="font-L">　　推出<span id="stock_sz000931"><a href="https://finance.sina.com.cn/realstock/company/sz000931/nc.shtml" class="keyword">中关村</a></span><span id="quote_sz000931"></span>新一轮先行先试重大改革举措。</p>
<div class="appendQr_wrap"><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>
<p class="article-editor">责任编辑：刘万里 SF014</p>
</div>`

func Example() {
	doc, err := newsdoc.Parse(strings.NewReader(post))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Title)
	fmt.Println(doc.Meta.Categories, doc.Meta.Date.Format("2006-01-02 15:04 MST"))
	fmt.Printf("%+v\n", doc.Credits)
	for _, p := range doc.Paragraphs {
		fmt.Println(p.Kind, p.Text)
	}
	// Output:
	// 重磅！北京市政府工作报告全文发布
	// [金融 新浪财经] 2022-01-12 23:21 UTC
	// {OriginalTitle:重磅！北京市政府工作报告全文发布 Source:北京日报 Authors:[] Editors:[] ResponsibleEditors:[刘万里] Others:[]}
	// text 一、2021年工作回顾
	// text 推出中关村新一轮先行先试重大改革举措。
}

func ExampleParse() {
	doc, err := newsdoc.Parse(strings.NewReader(post), newsdoc.WithRemovals())
	if err != nil {
		log.Fatal(err)
	}
	p := doc.Paragraphs[1]
	for _, m := range p.Marks {
		fmt.Printf("%s %q [%d:%d] %s\n", m.Kind, p.Text[m.Start:m.End], m.Start, m.End, m.Code)
	}
	for _, r := range doc.Removed {
		if r.Text != "" && r.Rule != "comment" {
			fmt.Printf("%s: %s\n", r.Rule, r.Text)
		}
	}
	// Output:
	// stock "中关村" [6:15] sz000931
	// sina-qr: 海量资讯、精准解读，尽在新浪财经APP
	// credits: 原标题：重磅！北京市政府工作报告全文发布 来源：北京日报
	// sina-editor: 责任编辑：刘万里 SF014
}

// ParseBytes reads bytes the caller holds already, such as a message from
// a queue, without copying them.
func ExampleParseBytes() {
	msg := []byte("<p>　　新华社北京3月22日电（记者孙少龙）民政部22日发布消息。</p><p>责任编辑：刘万里 SF014</p>")
	doc, err := newsdoc.ParseBytes(msg)
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range doc.Paragraphs {
		fmt.Println(p.Text)
	}
	fmt.Println(doc.Credits.ResponsibleEditors)
	// Output:
	// 新华社北京3月22日电（记者孙少龙）民政部22日发布消息。
	// [刘万里]
}

func ExampleNormalize() {
	fmt.Printf("%q\n", newsdoc.Normalize("　　２０２２年，ＧＤＰ增长８．１％！\u200b"))
	fmt.Printf("%q\n", newsdoc.Normalize("北京市\n政府\u00a0 工作报告"))
	// Output:
	// "2022年，GDP增长8．1％！"
	// "北京市政府 工作报告"
}

func ExamplePolicy_Add() {
	policy := newsdoc.DefaultPolicy().Add(
		newsdoc.DropClasses("mysite-ad", "ad-box").WithDoc("mysite.com's sponsored boxes"),
		newsdoc.DropParagraphs("mysite-signoff", regexp.MustCompile(`^本站编辑部祝您.{0,20}$`)),
	)
	body := `<p>正文第一段。</p><div class="ad-box">限时优惠！</div><p>本站编辑部祝您阅读愉快</p>`
	doc, err := newsdoc.Parse(strings.NewReader(body), newsdoc.WithPolicy(policy), newsdoc.WithRemovals())
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range doc.Paragraphs {
		fmt.Println(p.Text)
	}
	for _, r := range doc.Removed {
		fmt.Printf("%s dropped %s %q\n", r.Rule, r.Element, r.Text)
	}
	// Output:
	// 正文第一段。
	// mysite-ad dropped div.ad-box "限时优惠！"
	// mysite-signoff dropped p "本站编辑部祝您阅读愉快"
}

func ExampleParagraph_Grid() {
	body := `<table><tr><td rowspan="2">分组</td><td colspan="2">营业收入</td></tr>
<tr><td>亿元</td><td>%</td></tr><tr><td>总计</td><td>1143083.8</td><td>20.3</td></tr></table>`
	doc, err := newsdoc.Parse(strings.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	for _, row := range doc.Paragraphs[0].Grid() {
		fmt.Println(strings.Join(row, " | "))
	}
	// Output:
	// 分组 | 营业收入 | 营业收入
	// 分组 | 亿元 | %
	// 总计 | 1143083.8 | 20.3
}

func ExampleDocument_AllSections() {
	report := `<p><b>北京市政府工作报告</b></p><p><b>——2022年1月6日在北京市第十五届人民代表大会第五次会议上</b></p>
<p><b>一、2021年工作回顾</b></p>
<p>过去一年，是党和国家历史上具有里程碑意义的一年。</p>
<p>（一）深入实施城市总体规划，京津冀协同发展取得新成效。坚持一张蓝图干到底。</p>
<p>（二）着力建设国际科技创新中心，高精尖产业发展驶入快车道。发布实施科技创新战略行动计划。</p>
<p><b>二、2022年主要任务</b></p>
<p>今年是党的二十大召开之年。</p>`
	doc, err := newsdoc.Parse(strings.NewReader(report))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Title)
	for s := range doc.AllSections() {
		fmt.Printf("%s%s %s%s [%d,%d)\n", strings.Repeat("  ", s.Level-1), s.ID, s.Number, s.Title, s.Start, s.End)
	}
	fmt.Printf("%s %q\n", doc.Paragraphs[4].Kind, doc.Paragraphs[4].Text)
	// Output:
	// 北京市政府工作报告
	// 1 一、2021年工作回顾 [2,8)
	//   1.1 （一）深入实施城市总体规划，京津冀协同发展取得新成效 [4,6)
	//   1.2 （二）着力建设国际科技创新中心，高精尖产业发展驶入快车道 [6,8)
	// 2 二、2022年主要任务 [8,10)
	// heading "深入实施城市总体规划，京津冀协同发展取得新成效。"
}
