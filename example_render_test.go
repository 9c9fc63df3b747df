package newsdoc_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/newsdoc/newsdoc"
)

// salesPost is a small post with a bold run, a link, a heading and a
// table.
const salesPost = `---
title: 新能源车销量创新高
date: 2022-01-13 07:21
author: 新浪财经
tags: [汽车, 新能源]
---
<p>　　<b>中汽协</b>1月12日发布数据，<a href="https://finance.sina.com.cn/realstock/company/sz002594/nc.shtml">比亚迪</a>全年销量居首。</p>
<h2>销量前三</h2>
<table>
<tr><th>企业</th><th>销量（万辆）</th></tr>
<tr><td>比亚迪</td><td>59.4</td></tr>
<tr><td>上汽通用五菱</td><td>45.6</td></tr>
</table>
<p>责任编辑：王琳</p>`

func ExampleDocument_Text() {
	doc, err := newsdoc.Parse(strings.NewReader(salesPost))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Text())
	// Output:
	// 新能源车销量创新高
	//
	// 中汽协1月12日发布数据，比亚迪全年销量居首。
	//
	// 销量前三
	//
	// 企业	销量（万辆）
	// 比亚迪	59.4
	// 上汽通用五菱	45.6
}

func ExampleDocument_Markdown() {
	doc, err := newsdoc.Parse(strings.NewReader(salesPost))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(doc.Markdown())
	// Output:
	// ---
	// title: 新能源车销量创新高
	// date: "2022-01-13T07:21:00+08:00"
	// author: 新浪财经
	// tags:
	//   - 汽车
	//   - 新能源
	// credits:
	//   responsible_editors:
	//     - 王琳
	// ---
	//
	// **中汽协**1月12日发布数据，[比亚迪](https://finance.sina.com.cn/realstock/company/sz002594/nc.shtml)全年销量居首。
	//
	// # 销量前三
	//
	// | 企业 | 销量（万辆） |
	// | --- | --- |
	// | 比亚迪 | 59.4 |
	// | 上汽通用五菱 | 45.6 |
}
